"""Base classes for defining estimators in aeon."""

__all__ = [
    "BaseAeonEstimator",
    "BaseCollectionEstimator",
    "BaseSeriesEstimator",
    "ComposableEstimatorMixin",
]

from aeon.base._base import BaseAeonEstimator
from aeon.base._base_collection import BaseCollectionEstimator
from aeon.base._base_series import BaseSeriesEstimator
from aeon.base._compose import ComposableEstimatorMixin
