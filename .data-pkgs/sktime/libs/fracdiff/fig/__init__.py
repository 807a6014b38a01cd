"""Dummy __init__.py."""
