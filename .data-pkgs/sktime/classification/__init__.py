"""Classifier Base."""

__all__ = [
    "BaseClassifier",
]

from sktime.classification.base import BaseClassifier
