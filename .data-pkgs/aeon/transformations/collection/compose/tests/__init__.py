"""Tests for composable collection transformers."""
