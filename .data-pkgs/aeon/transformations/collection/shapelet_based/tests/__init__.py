"""Tests for shapelet based collection transformers."""
