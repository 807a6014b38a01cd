"""Tests for all time series regressors."""
