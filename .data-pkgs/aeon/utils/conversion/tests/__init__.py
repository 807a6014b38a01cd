"""Conversion tests."""
