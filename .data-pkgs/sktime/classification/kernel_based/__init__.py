"""Kernel based time series classifiers."""

__all__ = ["RocketClassifier", "Arsenal", "TimeSeriesSVC", "TimeSeriesSVCTslearn"]

from sktime.classification.kernel_based._arsenal import Arsenal
from sktime.classification.kernel_based._rocket_classifier import RocketClassifier
from sktime.classification.kernel_based._svc import TimeSeriesSVC
from sktime.classification.kernel_based._svc_tslearn import TimeSeriesSVCTslearn
