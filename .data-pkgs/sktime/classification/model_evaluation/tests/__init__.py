"""Tests for evaluating classification models."""
