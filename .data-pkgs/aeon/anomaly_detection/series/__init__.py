"""Single series Time Series Anomaly Detection."""

__all__ = [
    "BaseSeriesAnomalyDetector",
    "PyODAdapter",
]

from aeon.anomaly_detection.series._pyodadapter import PyODAdapter
from aeon.anomaly_detection.series.base import BaseSeriesAnomalyDetector
