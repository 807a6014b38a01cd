"""Tests for metrics in anomaly_detection module."""
