"""Early classification time series classifiers."""

__all__ = [
    "BaseEarlyClassifier",
    "ProbabilityThresholdEarlyClassifier",
    "TEASER",
]

from sktime.classification.early_classification._probability_threshold import (
    ProbabilityThresholdEarlyClassifier,
)
from sktime.classification.early_classification._teaser import TEASER
from sktime.classification.early_classification.base import BaseEarlyClassifier
