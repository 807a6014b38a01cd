"""Tests for dictionary based transformers."""
