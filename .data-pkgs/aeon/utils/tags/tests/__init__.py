"""Tests for estimator tags and tag utilities."""
