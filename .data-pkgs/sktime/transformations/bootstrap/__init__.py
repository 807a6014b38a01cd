"""Bootstrapping methods for time series.

Transforms take a series as input and return a panel of synthetic time series generated
by a resampling algorithm on the observed time series.
"""

__all__ = [
    "STLBootstrapTransformer",
    "MovingBlockBootstrapTransformer",
    "RepeatBootstrapTransformer",
    "SplitterBootstrapTransformer",
    "TSBootstrapAdapter",
]

from sktime.transformations.bootstrap._mbb import (
    MovingBlockBootstrapTransformer,
    STLBootstrapTransformer,
)
from sktime.transformations.bootstrap._repeat import RepeatBootstrapTransformer
from sktime.transformations.bootstrap._splitterboot import SplitterBootstrapTransformer
from sktime.transformations.bootstrap._tsbootstrap import TSBootstrapAdapter
