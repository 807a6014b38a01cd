"""Tests for holiday transformers."""
