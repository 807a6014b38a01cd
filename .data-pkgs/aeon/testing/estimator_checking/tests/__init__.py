"""Tests for estimator checking."""
