"""Tests for the bundled tbats library."""
