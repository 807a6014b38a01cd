"""Hybrid time series regressors."""

__all__ = [
    "RISTRegressor",
]

from aeon.regression.hybrid._rist import RISTRegressor
