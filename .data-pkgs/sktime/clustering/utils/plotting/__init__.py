"""Plotting module for clustering."""
