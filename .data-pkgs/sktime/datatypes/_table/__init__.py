"""Module exports: Series type checkers, converters and mtype inference."""

from sktime.datatypes._table._convert import convert_dict as convert_dict_Table

__all__ = ["convert_dict_Table"]
