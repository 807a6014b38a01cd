"""Ensemble forecasters."""

__all__ = ["EnsembleForecaster"]

from aeon.forecasting.ensembles._ensemble import EnsembleForecaster
