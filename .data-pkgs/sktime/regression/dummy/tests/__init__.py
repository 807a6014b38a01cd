"""Dummy regressor test code."""
