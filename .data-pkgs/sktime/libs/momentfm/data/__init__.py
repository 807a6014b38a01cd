"""Implements the base module for momentfm data types."""
