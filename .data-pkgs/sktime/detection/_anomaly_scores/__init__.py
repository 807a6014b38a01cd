# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Anomaly scores for interval evaluation."""

from sktime.detection._anomaly_scores._from_cost import (
    LocalAnomalyScore,
    Saving,
    to_local_anomaly_score,
    to_saving,
)
from sktime.detection._anomaly_scores._l2_saving import L2Saving

__all__ = [
    "L2Saving",
    "LocalAnomalyScore",
    "Saving",
    "to_local_anomaly_score",
    "to_saving",
]
