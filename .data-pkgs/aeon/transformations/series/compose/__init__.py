"""Compositions for series transforms."""

__all__ = [
    "SeriesTransformerPipeline",
    "SeriesId",
]

from aeon.transformations.series.compose._identity import SeriesId
from aeon.transformations.series.compose._pipeline import SeriesTransformerPipeline
