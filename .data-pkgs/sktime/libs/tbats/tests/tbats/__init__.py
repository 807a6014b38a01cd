"""Tests for the tbats.tbats package."""
