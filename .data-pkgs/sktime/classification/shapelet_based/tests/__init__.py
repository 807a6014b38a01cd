"""Shapelet based test code."""
