"""Tests for interval-based regressors."""
