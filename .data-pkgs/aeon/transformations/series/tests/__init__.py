"""Tests for series transformations."""
