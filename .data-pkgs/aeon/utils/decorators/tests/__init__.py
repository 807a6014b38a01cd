"""Decorator tests."""
