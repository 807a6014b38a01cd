"""Encoder-Decoder networks."""
