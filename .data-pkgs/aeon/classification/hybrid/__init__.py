"""Hybrid time series classifiers."""

__all__ = [
    "HIVECOTEV1",
    "HIVECOTEV2",
    "RISTClassifier",
]

from aeon.classification.hybrid._hivecote_v1 import HIVECOTEV1
from aeon.classification.hybrid._hivecote_v2 import HIVECOTEV2
from aeon.classification.hybrid._rist import RISTClassifier
