"""Naive forecasting models."""

from sktime.forecasting.naive._naive import NaiveForecaster, NaiveVariance

__all__ = ["NaiveForecaster", "NaiveVariance"]
