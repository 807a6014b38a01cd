"""Implement composite time series regression estimators."""

__all__ = [
    "ComposableTimeSeriesForestRegressor",
    "RegressorPipeline",
    "SklearnRegressorPipeline",
    "MultiplexRegressor",
]

from sktime.regression.compose._ensemble import ComposableTimeSeriesForestRegressor
from sktime.regression.compose._multiplexer import MultiplexRegressor
from sktime.regression.compose._pipeline import (
    RegressorPipeline,
    SklearnRegressorPipeline,
)
