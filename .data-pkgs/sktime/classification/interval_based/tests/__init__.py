"""Interval based test code."""
