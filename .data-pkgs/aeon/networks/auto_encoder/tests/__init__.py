"""Tests for Auto-Encoder networks."""
