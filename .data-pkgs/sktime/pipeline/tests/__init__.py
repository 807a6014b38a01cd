"""Unittests for the graphpipeline."""
