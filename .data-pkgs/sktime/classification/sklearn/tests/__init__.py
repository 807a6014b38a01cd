"""Sklearn classifier test code."""
