"""Utilities for detection tasks."""
