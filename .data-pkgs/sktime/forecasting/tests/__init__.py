"""Tests for forecasting."""
