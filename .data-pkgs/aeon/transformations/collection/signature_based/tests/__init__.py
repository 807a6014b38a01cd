"""Tests for signature based collection transformers."""
