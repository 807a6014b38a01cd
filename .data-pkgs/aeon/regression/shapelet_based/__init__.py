"""Shapelet based time series regressors."""

__all__ = [
    "RDSTRegressor",
]

from aeon.regression.shapelet_based._rdst import RDSTRegressor
