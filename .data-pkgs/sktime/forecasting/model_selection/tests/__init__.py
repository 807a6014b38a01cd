"""Tests for selecting forecasting models."""
