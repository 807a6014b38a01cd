"""Kalman Filter Transformers."""

from sktime.transformations.kalman_filter._base import BaseKalmanFilter
from sktime.transformations.kalman_filter._kalman_filter import (
    KalmanFilterTransformerFP,
    KalmanFilterTransformerPK,
)
from sktime.transformations.kalman_filter._simdkalman import (
    KalmanFilterTransformerSIMD,
)

__all__ = [
    "BaseKalmanFilter",
    "KalmanFilterTransformerFP",
    "KalmanFilterTransformerPK",
    "KalmanFilterTransformerSIMD",
]
