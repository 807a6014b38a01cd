"""Dummy classifier."""

__all__ = [
    "DummyClassifier",
]

from sktime.classification.dummy._dummy import DummyClassifier
