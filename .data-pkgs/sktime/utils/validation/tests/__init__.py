"""Tests for utils.validation module."""
