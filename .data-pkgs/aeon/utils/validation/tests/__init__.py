"""Tests for validation."""
