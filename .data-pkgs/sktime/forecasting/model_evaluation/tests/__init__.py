"""Tests for evaluating forecasting models."""
