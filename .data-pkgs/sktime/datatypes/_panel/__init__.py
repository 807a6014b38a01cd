"""Module exports: Panel type checkers, converters and mtype inference."""

from sktime.datatypes._panel._convert import convert_dict as convert_dict_Panel

__all__ = ["convert_dict_Panel"]
