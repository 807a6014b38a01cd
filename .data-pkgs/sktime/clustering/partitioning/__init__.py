"""Module for general partitioning algorithms."""

from sktime.clustering.partitioning._lloyds import BaseTimeSeriesLloyds

__all__ = ["BaseTimeSeriesLloyds"]
__author__ = ["chrisholder", "TonyBagnall"]
