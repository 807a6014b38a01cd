"""Tests for feature based collection transformers."""
