"""Vector sklearn classifiers."""

__all__ = [
    "RotationForest",
    "ContinuousIntervalTree",
]

from sktime.classification.sklearn._continuous_interval_tree import (
    ContinuousIntervalTree,
)
from sktime.classification.sklearn._rotation_forest import RotationForest
