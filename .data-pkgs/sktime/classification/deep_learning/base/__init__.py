"""Abstract base class for deep learning neural network classifiers."""

__all__ = [
    "BaseDeepClassifier",
    "BaseDeepClassifierPytorch",
]

from sktime.classification.deep_learning.base._base_tf import BaseDeepClassifier
from sktime.classification.deep_learning.base._base_torch import (
    BaseDeepClassifierPytorch,
)
