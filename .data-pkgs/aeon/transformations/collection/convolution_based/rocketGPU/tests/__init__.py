"""Rocket GPU unit tests."""
