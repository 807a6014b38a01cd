"""Tests for series deep learning regressors."""
