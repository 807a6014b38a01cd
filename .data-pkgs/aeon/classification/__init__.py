"""Classifier Base."""

__all__ = [
    "BaseClassifier",
    "DummyClassifier",
]

from aeon.classification.base import BaseClassifier
from aeon.classification.dummy import DummyClassifier
