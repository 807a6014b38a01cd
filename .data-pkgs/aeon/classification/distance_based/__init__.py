"""Distance based time series classifiers."""

__all__ = [
    "ElasticEnsemble",
    "KNeighborsTimeSeriesClassifier",
    "ProximityTree",
    "ProximityForest",
]

from aeon.classification.distance_based._elastic_ensemble import ElasticEnsemble
from aeon.classification.distance_based._proximity_forest import ProximityForest
from aeon.classification.distance_based._proximity_tree import ProximityTree
from aeon.classification.distance_based._time_series_neighbors import (
    KNeighborsTimeSeriesClassifier,
)
