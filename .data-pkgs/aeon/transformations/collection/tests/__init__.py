"""Tests for transformations collections."""
