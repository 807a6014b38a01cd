"""Tests for torch self-attention layers."""
