"""Base module for datatypes."""

from sktime.datatypes._base._base import BaseConverter, BaseDatatype, BaseExample

__all__ = ["BaseConverter", "BaseDatatype", "BaseExample"]
