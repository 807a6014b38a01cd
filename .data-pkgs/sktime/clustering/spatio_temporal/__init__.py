"""Module for spatio-temporal clustering algorithms."""

from sktime.clustering.spatio_temporal._st_dbscan import STDBSCAN

__all__ = ["STDBSCAN"]
