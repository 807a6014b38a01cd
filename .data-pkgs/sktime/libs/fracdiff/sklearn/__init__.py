"""Scikit learn wrappers for fractional differentiation."""

from sktime.libs.fracdiff.sklearn.fracdiff import Fracdiff

__all__ = ["Fracdiff"]
