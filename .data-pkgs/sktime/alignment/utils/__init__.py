"""Utilities related to alignments."""
