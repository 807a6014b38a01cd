"""Test resampling transformers."""
