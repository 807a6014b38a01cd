"""Tests for torch sequential self-attention."""
