"""Implements hierarchical transformations to predictions."""
