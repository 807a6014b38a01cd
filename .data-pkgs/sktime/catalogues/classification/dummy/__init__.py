"""Dummy classifiers catalogue."""

from sktime.catalogues.classification.dummy._dummy_classification import (
    DummyClassificationCatalogue,
)

__all__ = [
    "DummyClassificationCatalogue",
]
