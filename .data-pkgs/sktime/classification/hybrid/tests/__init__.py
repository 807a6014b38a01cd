"""Hybrid test code."""
