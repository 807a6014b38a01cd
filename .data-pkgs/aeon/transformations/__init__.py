"""Time series transformations."""

__all__ = [
    "BaseTransformer",
    "InverseTransformerMixin",
]

from aeon.transformations.base import BaseTransformer, InverseTransformerMixin
