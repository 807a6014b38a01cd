"""Shapelet based time series classifiers."""

__all__ = [
    "MrSEQL",
    "MrSQM",
    "ShapeletLearningClassifierPyts",
    "ShapeletLearningClassifierTslearn",
    "ShapeletTransformClassifier",
]

from sktime.classification.shapelet_based._learning_pyts import (
    ShapeletLearningClassifierPyts,
)
from sktime.classification.shapelet_based._learning_tslearn import (
    ShapeletLearningClassifierTslearn,
)
from sktime.classification.shapelet_based._mrseql import MrSEQL
from sktime.classification.shapelet_based._mrsqm import MrSQM
from sktime.classification.shapelet_based._stc import ShapeletTransformClassifier
