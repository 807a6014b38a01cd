"""Pipeline maker utility."""

__all__ = ["make_pipeline", "sklearn_to_sktime", "Pipeline"]

from sktime.pipeline._make_pipeline import make_pipeline
from sktime.pipeline._sklearn_to_sktime import sklearn_to_sktime
from sktime.pipeline.pipeline import Pipeline
