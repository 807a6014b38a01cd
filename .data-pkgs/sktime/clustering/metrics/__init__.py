"""Metric for clustering."""

__all__ = ["medoids", "dba", "mean_average"]
from sktime.clustering.metrics.averaging import dba, mean_average
from sktime.clustering.metrics.medoids import medoids
