"""Signature based Collection transformations."""

__all__ = [
    "SignatureTransformer",
]

from aeon.transformations.collection.signature_based._signature import (
    SignatureTransformer,
)
