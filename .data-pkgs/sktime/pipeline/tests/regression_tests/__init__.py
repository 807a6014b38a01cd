"""Regression tests for the graphpipeline."""
