"""Convolution-based time series classifiers."""

__all__ = [
    "RocketClassifier",
    "MiniRocketClassifier",
    "MultiRocketClassifier",
    "Arsenal",
    "HydraClassifier",
    "MultiRocketHydraClassifier",
]

from aeon.classification.convolution_based._arsenal import Arsenal
from aeon.classification.convolution_based._hydra import HydraClassifier
from aeon.classification.convolution_based._minirocket import MiniRocketClassifier
from aeon.classification.convolution_based._mr_hydra import MultiRocketHydraClassifier
from aeon.classification.convolution_based._multirocket import MultiRocketClassifier
from aeon.classification.convolution_based._rocket import RocketClassifier
