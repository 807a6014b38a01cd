"""Supervised transformers to rebalance collections of time series."""

__all__ = ["ADASYN", "SMOTE", "OHIT", "ESMOTE", "RandomOverSampler"]

from aeon.transformations.collection.imbalance._adasyn import ADASYN
from aeon.transformations.collection.imbalance._esmote import ESMOTE
from aeon.transformations.collection.imbalance._ohit import OHIT
from aeon.transformations.collection.imbalance._random_over_sampler import (
    RandomOverSampler,
)
from aeon.transformations.collection.imbalance._smote import SMOTE
