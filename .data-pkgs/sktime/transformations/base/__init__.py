"""Transformations base classes."""

from sktime.transformations.base._base import BaseTransformer
from sktime.transformations.base._delegate import _DelegatedTransformer

__all__ = [
    "BaseTransformer",
    "_DelegatedTransformer",
]
