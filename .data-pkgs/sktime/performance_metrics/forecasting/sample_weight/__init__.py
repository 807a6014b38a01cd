"""Sample weight generators for sktime performance metrics."""

__author__ = ["markussagen"]
__all__ = [
    "BaseSampleWeightGenerator",
    "check_sample_weight_generator",
    "SampleWeightGenerator",
]

from sktime.performance_metrics.forecasting.sample_weight._base import (
    BaseSampleWeightGenerator,
)
from sktime.performance_metrics.forecasting.sample_weight._types import (
    SampleWeightGenerator,
    check_sample_weight_generator,
)
