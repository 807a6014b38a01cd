"""Base classes for interval-based time series estimators."""

__all__ = ["BaseIntervalForest"]

from aeon.base._estimators.interval_based.base_interval_forest import BaseIntervalForest
