"""Time series clustering module."""

__all__ = [
    "BaseClusterer",
    "TimeSeriesKMedoids",
    "TimeSeriesCLARA",
    "TimeSeriesCLARANS",
    "TimeSeriesKMeans",
    "TimeSeriesKernelKMeans",
    "KASBA",
    "KShape",
    "ElasticSOM",
    "KSpectralCentroid",
    "DummyClusterer",
    "TimeSeriesAgglomerative",
]

from aeon.clustering._agglomerative import TimeSeriesAgglomerative
from aeon.clustering._clara import TimeSeriesCLARA
from aeon.clustering._clarans import TimeSeriesCLARANS
from aeon.clustering._elastic_som import ElasticSOM
from aeon.clustering._k_means import TimeSeriesKMeans
from aeon.clustering._k_medoids import TimeSeriesKMedoids
from aeon.clustering._k_sc import KSpectralCentroid
from aeon.clustering._k_shape import KShape
from aeon.clustering._kasba import KASBA
from aeon.clustering._kernel_k_means import TimeSeriesKernelKMeans
from aeon.clustering.base import BaseClusterer
from aeon.clustering.dummy import DummyClusterer
