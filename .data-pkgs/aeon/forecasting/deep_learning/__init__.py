"""Initialization for aeon forecasting deep learning module."""

__all__ = [
    "BaseDeepForecaster",
    "TCNForecaster",
    "DeepARForecaster",
    "NBeatsForecaster",
]

from aeon.forecasting.deep_learning._deepar import DeepARForecaster
from aeon.forecasting.deep_learning._nbeats import NBeatsForecaster
from aeon.forecasting.deep_learning._tcn import TCNForecaster
from aeon.forecasting.deep_learning.base import BaseDeepForecaster
