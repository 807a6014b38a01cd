"""Tests for unequal length transformations."""
