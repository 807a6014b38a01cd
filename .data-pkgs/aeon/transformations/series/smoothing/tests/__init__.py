"""Tests for series smoothing transformations."""
