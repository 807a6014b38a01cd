"""Shapelet Transformers."""

__all__ = [
    "ShapeletTransform",
    "RandomShapeletTransform",
    "ShapeletTransformPyts",
]

from sktime.transformations.shapelet_transform._shapelet_transform import (
    RandomShapeletTransform,
    ShapeletTransform,
)
from sktime.transformations.shapelet_transform._shapelet_transform_pyts import (
    ShapeletTransformPyts,
)
