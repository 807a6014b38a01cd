"""Plotting tools for estimator results."""
