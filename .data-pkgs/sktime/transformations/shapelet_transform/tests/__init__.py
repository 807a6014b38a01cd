"""Shapelet transform unit tests."""
