"""Metrics for assessing model performance."""
