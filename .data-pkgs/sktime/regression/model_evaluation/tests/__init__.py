"""Tests for evaluating regression models."""
