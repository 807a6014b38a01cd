"""Tests for feature-based classification."""
