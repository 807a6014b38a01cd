"""Signature based transformers."""

__all__ = [
    "SignatureTransformer",
]

from sktime.transformations.signature_based._signature_method import (
    SignatureTransformer,
)
