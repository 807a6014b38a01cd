"""Time Series Outlier Detection."""

__all__ = [
    "ExtendedIsolationForest",
    "IsolationForest",
    "OneClassSVM",
    "STRAY",
]

from aeon.anomaly_detection.series.outlier_detection._extended_iforest import (
    ExtendedIsolationForest,
)
from aeon.anomaly_detection.series.outlier_detection._iforest import IsolationForest
from aeon.anomaly_detection.series.outlier_detection._one_class_svm import OneClassSVM
from aeon.anomaly_detection.series.outlier_detection._stray import STRAY
