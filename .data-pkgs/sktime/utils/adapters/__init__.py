"""Utilities for adapters and dispatchers."""
