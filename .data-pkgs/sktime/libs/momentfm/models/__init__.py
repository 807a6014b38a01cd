"""Implement the base model for momentfm."""
