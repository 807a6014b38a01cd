"""Tests for signature based transformers."""
