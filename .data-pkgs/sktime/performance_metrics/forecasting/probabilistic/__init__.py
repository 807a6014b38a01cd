#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Metrics to assess performance on forecasting task.

Functions named as ``*_score`` return a scalar value to maximize: the higher
the better.
Function named as ``*_error`` or ``*_loss`` return a scalar value to minimize:
the lower the better.
"""

__author__ = ["euanenticott-shell", "fkiraly"]

__all__ = [
    "_BaseProbaForecastingErrorMetric",
    "CRPS",
    "AUCalibration",
    "ConstraintViolation",
    "EmpiricalCoverage",
    "IntervalWidth",
    "LogLoss",
    "PinballLoss",
    "SquaredDistrLoss",
]

from sktime.performance_metrics.forecasting.probabilistic._classes import (
    CRPS,
    AUCalibration,
    ConstraintViolation,
    EmpiricalCoverage,
    IntervalWidth,
    LogLoss,
    PinballLoss,
    SquaredDistrLoss,
    _BaseProbaForecastingErrorMetric,
)
