"""ARAR forecasting."""

__all__ = ["ARARForecaster"]

from sktime.forecasting.arar._arar_forecaster import ARARForecaster
