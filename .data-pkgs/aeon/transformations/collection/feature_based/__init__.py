"""Feature based collection transformations."""

__all__ = [
    "Catch22",
    "TSFresh",
    "TSFreshRelevant",
    "SevenNumberSummary",
]

from aeon.transformations.collection.feature_based._catch22 import Catch22
from aeon.transformations.collection.feature_based._summary import SevenNumberSummary
from aeon.transformations.collection.feature_based._tsfresh import (
    TSFresh,
    TSFreshRelevant,
)
