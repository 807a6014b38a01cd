"""Tests for learning task plotting."""
