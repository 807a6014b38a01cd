"""Hypertree forecasting models for sktime."""

__all__ = [
    "HyperTreeARForecaster",
    "HyperTreeNetARForecaster",
]

from sktime.forecasting.hypertrees._ar import HyperTreeARForecaster
from sktime.forecasting.hypertrees._netar import HyperTreeNetARForecaster
