"""Conversion utilities."""

__all__ = [
    "resolve_equal_length_inner_type",
    "resolve_unequal_length_inner_type",
    "convert_collection",
    "convert_series",
]

from aeon.utils.conversion._convert_collection import (
    convert_collection,
    resolve_equal_length_inner_type,
    resolve_unequal_length_inner_type,
)
from aeon.utils.conversion._convert_series import convert_series
