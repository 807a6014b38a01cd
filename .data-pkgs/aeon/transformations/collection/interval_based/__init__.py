"""Interval based collection transformations."""

__all__ = [
    "RandomIntervals",
    "SupervisedIntervals",
    "QUANTTransformer",
]

from aeon.transformations.collection.interval_based._quant import QUANTTransformer
from aeon.transformations.collection.interval_based._random_intervals import (
    RandomIntervals,
)
from aeon.transformations.collection.interval_based._supervised_intervals import (
    SupervisedIntervals,
)
