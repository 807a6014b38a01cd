"""Tests for keras_self_attention."""
