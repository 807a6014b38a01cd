"""Numba utility functionality."""
