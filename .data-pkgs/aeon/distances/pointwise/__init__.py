"""Pointwise distances."""

__all__ = [
    "euclidean_distance",
    "euclidean_pairwise_distance",
    "manhattan_distance",
    "manhattan_pairwise_distance",
    "minkowski_distance",
    "minkowski_pairwise_distance",
    "squared_distance",
    "squared_pairwise_distance",
]

from aeon.distances.pointwise._euclidean import (
    euclidean_distance,
    euclidean_pairwise_distance,
)
from aeon.distances.pointwise._manhattan import (
    manhattan_distance,
    manhattan_pairwise_distance,
)
from aeon.distances.pointwise._minkowski import (
    minkowski_distance,
    minkowski_pairwise_distance,
)
from aeon.distances.pointwise._squared import (
    squared_distance,
    squared_pairwise_distance,
)
