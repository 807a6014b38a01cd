"""Implement various layers."""
