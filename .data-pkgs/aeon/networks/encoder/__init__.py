"""Encoder networks."""
