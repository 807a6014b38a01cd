"""Vector sklearn classifiers."""

__all__ = [
    "RotationForestClassifier",
    "PrevalidatedRidgeClassifier",
    "ContinuousIntervalTree",
    "SklearnClassifierWrapper",
]

from aeon.classification.sklearn._continuous_interval_tree import ContinuousIntervalTree
from aeon.classification.sklearn._prevalidated_ridge_classifier import (
    PrevalidatedRidgeClassifier,
)
from aeon.classification.sklearn._rotation_forest_classifier import (
    RotationForestClassifier,
)
from aeon.classification.sklearn._wrapper import SklearnClassifierWrapper
