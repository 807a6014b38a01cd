"""Module exports: Series/Panel conversions."""

from sktime.datatypes._series_as_panel._convert import (
    convert_Panel_to_Series,
    convert_Series_to_Panel,
    convert_to_scitype,
)

__all__ = [
    "convert_Panel_to_Series",
    "convert_Series_to_Panel",
    "convert_to_scitype",
]
