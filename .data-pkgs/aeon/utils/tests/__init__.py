"""Tests for utils."""
