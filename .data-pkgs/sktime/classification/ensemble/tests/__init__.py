"""Tests for ensemble classifiers."""
