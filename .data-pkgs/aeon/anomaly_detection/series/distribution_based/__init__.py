"""Distribution-based Time Series Anomaly Detection."""

__all__ = [
    "COPOD",
    "DWT_MLEAD",
]

from aeon.anomaly_detection.series.distribution_based._copod import COPOD
from aeon.anomaly_detection.series.distribution_based._dwt_mlead import DWT_MLEAD
