"""Tests for the test utilities."""
