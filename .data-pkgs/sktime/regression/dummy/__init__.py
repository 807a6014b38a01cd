"""Dummy regressor."""

__all__ = [
    "DummyRegressor",
]

from sktime.regression.dummy._dummy import DummyRegressor
