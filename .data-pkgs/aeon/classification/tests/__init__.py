"""Classifier Tests."""
