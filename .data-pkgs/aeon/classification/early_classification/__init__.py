"""Early classification time series classifiers."""

__all__ = [
    "BaseEarlyClassifier",
    "ProbabilityThresholdEarlyClassifier",
    "TEASER",
]

from aeon.classification.early_classification._probability_threshold import (
    ProbabilityThresholdEarlyClassifier,
)
from aeon.classification.early_classification._teaser import TEASER
from aeon.classification.early_classification.base import BaseEarlyClassifier
