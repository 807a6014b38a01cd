"""Tests for the tbats.transformation package."""
