"""Meta-transformers for building composite transformers."""

# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)

from sktime.transformations.compose._arithmetic import CombineTransformers
from sktime.transformations.compose._column import (
    ColumnEnsembleTransformer,
    ColumnwiseTransformer,
)
from sktime.transformations.compose._featureunion import FeatureUnion
from sktime.transformations.compose._fitintransform import FitInTransform
from sktime.transformations.compose._grouped import TransformByLevel
from sktime.transformations.compose._id import Id
from sktime.transformations.compose._invert import InvertTransform
from sktime.transformations.compose._ixtox import IxToX
from sktime.transformations.compose._logger import DataLog, Logger
from sktime.transformations.compose._multiplex import MultiplexTransformer
from sktime.transformations.compose._optional import OptionalPassthrough
from sktime.transformations.compose._pipeline import TransformerPipeline
from sktime.transformations.compose._transformif import TransformIf
from sktime.transformations.compose._ytox import YtoX

__author__ = ["fkiraly", "mloning", "miraep8", "aiwalter", "SveaMeyer13"]
__all__ = [
    "ColumnwiseTransformer",
    "ColumnEnsembleTransformer",
    "CombineTransformers",
    "DataLog",
    "FeatureUnion",
    "FitInTransform",
    "Id",
    "InvertTransform",
    "IxToX",
    "Logger",
    "MultiplexTransformer",
    "OptionalPassthrough",
    "TransformerPipeline",
    "TransformByLevel",
    "TransformIf",
    "YtoX",
]
