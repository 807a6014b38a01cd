"""Utilities for detection metrics."""

from sktime.performance_metrics.detection.utils._bias_cardinality import (
    _improved_cardinality_fn,
    _ts_precision_and_recall,
)
from sktime.performance_metrics.detection.utils._closest import _find_closest_elements
from sktime.performance_metrics.detection.utils._window import (
    _compute_overlap,
    _compute_window_indices,
)

__all__ = [
    "_find_closest_elements",
    "_compute_overlap",
    "_compute_window_indices",
    "_ts_precision_and_recall",
    "_improved_cardinality_fn",
]
