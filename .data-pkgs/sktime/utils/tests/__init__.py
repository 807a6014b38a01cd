"""Tests for utilities."""
