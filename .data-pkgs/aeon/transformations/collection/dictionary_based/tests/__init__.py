"""Tests for dictionary based collection transformers."""
