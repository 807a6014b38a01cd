"""Tests for whole series similarity search."""
