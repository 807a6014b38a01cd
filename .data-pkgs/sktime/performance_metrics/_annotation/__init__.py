"""Metrics to assess performance of segmentation task."""

from sktime.performance_metrics._annotation.metrics import (  # noqa: F401
    count_error,
    hausdorff_error,
    prediction_ratio,
)

__author__ = ["lmmentel"]
