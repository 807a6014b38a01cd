"""Tests bootstrap Transformers."""
