"""Plotting tools for distances."""
