"""Plotting tools for estimators."""
