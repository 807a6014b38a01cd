"""Tests for base class utilities."""
