"""Shapelet based tests."""
