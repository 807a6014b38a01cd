"""Implement the layers for the momentfm model."""
