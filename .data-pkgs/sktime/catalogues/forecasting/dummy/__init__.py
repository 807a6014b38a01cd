"""Dummy forecasters catalogue."""

from sktime.catalogues.forecasting.dummy._dummy_forecasting import (
    DummyForecastingCatalogue,
)

__all__ = [
    "DummyForecastingCatalogue",
]
