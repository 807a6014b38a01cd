"""Implement the utilities for momentfm."""
