"""Pipeline maker utility."""

__all__ = [
    "make_pipeline",
    "sklearn_to_aeon",
]

from aeon.pipeline._make_pipeline import make_pipeline
from aeon.pipeline._sklearn_to_aeon import sklearn_to_aeon
