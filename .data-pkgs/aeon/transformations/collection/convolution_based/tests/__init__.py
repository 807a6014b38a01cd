"""Rocket unit tests."""
