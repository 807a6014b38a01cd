"""Tests for transformation module."""
