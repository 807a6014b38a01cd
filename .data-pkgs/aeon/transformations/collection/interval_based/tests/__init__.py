"""Tests for interval based collection transformers."""
