"""Module exports: Series type checkers, converters and mtype inference."""

from sktime.datatypes._series._convert import convert_dict as convert_dict_Series

__all__ = ["convert_dict_Series"]
