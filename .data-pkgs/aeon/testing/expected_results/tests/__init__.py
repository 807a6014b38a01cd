"""Tests for expected estimator results."""
