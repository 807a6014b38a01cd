"""Tests for numba utils."""
