"""Metrics for detection tasks."""

from sktime.performance_metrics.detection._chamfer import DirectedChamfer
from sktime.performance_metrics.detection._count import DetectionCount
from sktime.performance_metrics.detection._event_tpr import EventTPR
from sktime.performance_metrics.detection._f1score import WindowedF1Score
from sktime.performance_metrics.detection._false_alarm_rate import FalseAlarmRate
from sktime.performance_metrics.detection._hausdorff import DirectedHausdorff
from sktime.performance_metrics.detection._mean_detection_offset import (
    MeanDetectionOffset,
)
from sktime.performance_metrics.detection._randindex import RandIndex
from sktime.performance_metrics.detection._ts_auprc import TimeSeriesAUPRC

__all__ = [
    "DirectedChamfer",
    "DirectedHausdorff",
    "DetectionCount",
    "WindowedF1Score",
    "RandIndex",
    "TimeSeriesAUPRC",
    "EventTPR",
    "MeanDetectionOffset",
    "FalseAlarmRate",
]
