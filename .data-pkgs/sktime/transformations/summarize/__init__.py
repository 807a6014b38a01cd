"""Module for summarization transformers."""
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)

__all__ = [
    "DerivativeSlopeTransformer",
    "PlateauFinder",
    "RandomIntervalFeatureExtractor",
    "FittedParamExtractor",
    "SummaryTransformer",
    "WindowSummarizer",
    "SplitterSummarizer",
]

from sktime.transformations.summarize._extract import (
    DerivativeSlopeTransformer,
    FittedParamExtractor,
    PlateauFinder,
    RandomIntervalFeatureExtractor,
)
from sktime.transformations.summarize._window import (
    SplitterSummarizer,
    SummaryTransformer,
    WindowSummarizer,
)
