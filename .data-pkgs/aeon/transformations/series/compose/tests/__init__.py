"""Tests for composable series transformers."""
