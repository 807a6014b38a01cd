"""Dummy classifier test code."""
