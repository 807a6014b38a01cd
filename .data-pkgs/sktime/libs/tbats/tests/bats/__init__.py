"""Tests for the tbats.bats package."""
