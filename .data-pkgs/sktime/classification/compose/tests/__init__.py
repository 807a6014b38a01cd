"""Tests for compositions for classifiers."""
