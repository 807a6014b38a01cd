"""Tests for time series detectors."""
