"""Time series forecasting with ARIMA models."""

__all__ = [
    "AutoARIMA",
    "ARIMA",
    "StatsModelsARIMA",
]

from sktime.forecasting.arima._pmdarima import ARIMA, AutoARIMA
from sktime.forecasting.arima._statsmodels import StatsModelsARIMA
