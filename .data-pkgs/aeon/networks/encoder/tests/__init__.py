"""Tests for Encoder networks."""
