"""Transformations for unequal length collections."""

__all__ = [
    "Padder",
    "Resizer",
    "Truncator",
]

from aeon.transformations.collection.unequal_length._pad import Padder
from aeon.transformations.collection.unequal_length._resize import Resizer
from aeon.transformations.collection.unequal_length._truncate import Truncator
