"""Plotting tools for time series data."""
