"""Tests for similarity search module."""
