"""Monash forecasting datasets."""

from sktime.datasets.forecasting.monash._forecasting_data import ForecastingData

__all__ = ["ForecastingData"]
