"""Tests for Encoder-Decoder networks."""
