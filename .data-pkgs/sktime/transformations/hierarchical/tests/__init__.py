"""Tests hierarchical transformations to predictions."""
