"""Time Series Anomaly Detection."""

__all__ = [
    "BaseAnomalyDetector",
]

from aeon.anomaly_detection.base import BaseAnomalyDetector
