"""Tests for deep_equals utility."""
