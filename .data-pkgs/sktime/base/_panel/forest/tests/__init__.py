"""Tests for time series forests."""
