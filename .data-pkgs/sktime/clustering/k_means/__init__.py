"""Time series kmeans clustering module."""

__all__ = ["TimeSeriesKMeans", "TimeSeriesKMeansTslearn"]

from sktime.clustering.k_means._k_means import TimeSeriesKMeans
from sktime.clustering.k_means._k_means_tslearn import TimeSeriesKMeansTslearn
