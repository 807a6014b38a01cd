"""Tests for whole-series anomaly detection."""
