"""Time series clustering module."""

__all__ = [
    "BaseClusterer",
]

from sktime.clustering.agglomerative import TimeSeriesAgglomerativeClustering
from sktime.clustering.base import BaseClusterer
