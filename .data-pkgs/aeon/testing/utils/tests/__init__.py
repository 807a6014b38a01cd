"""Tests for testing utils."""
