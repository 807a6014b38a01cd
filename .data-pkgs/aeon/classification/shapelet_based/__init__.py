"""Shapelet based time series classifiers."""

__all__ = [
    "ShapeletTransformClassifier",
    "RDSTClassifier",
    "SASTClassifier",
    "RSASTClassifier",
]

from aeon.classification.shapelet_based._rdst import RDSTClassifier
from aeon.classification.shapelet_based._rsast import RSASTClassifier
from aeon.classification.shapelet_based._sast import SASTClassifier
from aeon.classification.shapelet_based._stc import ShapeletTransformClassifier
