"""Module exports: Hierarchical type checkers, converters and mtype inference."""

from sktime.datatypes._hierarchical._convert import (
    convert_dict as convert_dict_Hierarchical,
)

__all__ = ["convert_dict_Hierarchical"]
