"""Implement composite time series regression estimators."""

__all__ = [
    "RegressorEnsemble",
    "RegressorPipeline",
]

from aeon.regression.compose._ensemble import RegressorEnsemble
from aeon.regression.compose._pipeline import RegressorPipeline
