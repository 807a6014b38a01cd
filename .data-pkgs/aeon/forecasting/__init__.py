"""Forecasters."""

__all__ = [
    "BaseForecaster",
    "NaiveForecaster",
    "RegressionForecaster",
]

from aeon.forecasting._naive import NaiveForecaster
from aeon.forecasting._regression import RegressionForecaster
from aeon.forecasting.base import BaseForecaster
