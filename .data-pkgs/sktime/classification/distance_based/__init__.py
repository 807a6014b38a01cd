"""Distance based time series classifiers."""

__all__ = [
    "ElasticEnsemble",
    "ProximityTree",
    "ProximityForest",
    "ProximityStump",
    "KNeighborsTimeSeriesClassifier",
    "KNeighborsTimeSeriesClassifierPyts",
    "KNeighborsTimeSeriesClassifierTslearn",
    "ShapeDTW",
]

from sktime.classification.distance_based._elastic_ensemble import ElasticEnsemble
from sktime.classification.distance_based._proximity_forest import (
    ProximityForest,
    ProximityStump,
    ProximityTree,
)
from sktime.classification.distance_based._shape_dtw import ShapeDTW
from sktime.classification.distance_based._time_series_neighbors import (
    KNeighborsTimeSeriesClassifier,
)
from sktime.classification.distance_based._time_series_neighbors_pyts import (
    KNeighborsTimeSeriesClassifierPyts,
)
from sktime.classification.distance_based._time_series_neighbors_tslearn import (
    KNeighborsTimeSeriesClassifierTslearn,
)
