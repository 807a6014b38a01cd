"""Series transformations."""

__all__ = [
    # base class
    "BaseSeriesTransformer",
    "SeriesInverseTransformerMixin",
    # transformers
    "AutoCorrelationSeriesTransformer",
    "CollectionToSeriesWrapper",
    "ClaSPTransformer",
    "Dobin",
    "MatrixProfileTransformer",
    "LogTransformer",
    "PLASeriesTransformer",
    "MSTLSeriesTransformer",
    "StatsModelsACF",
    "StatsModelsPACF",
    "BKFilter",
    "BoxCoxTransformer",
    "YeoJohnsonTransformer",
    "ScaledLogitSeriesTransformer",
    "PCASeriesTransformer",
    "STLSeriesTransformer",
    "WarpingSeriesTransformer",
    "DifferenceTransformer",
]

from aeon.transformations.series._acf import (
    AutoCorrelationSeriesTransformer,
    StatsModelsACF,
    StatsModelsPACF,
)
from aeon.transformations.series._bkfilter import BKFilter
from aeon.transformations.series._boxcox import BoxCoxTransformer
from aeon.transformations.series._clasp import ClaSPTransformer
from aeon.transformations.series._collection_wrapper import CollectionToSeriesWrapper
from aeon.transformations.series._diff import DifferenceTransformer
from aeon.transformations.series._dobin import Dobin
from aeon.transformations.series._log import LogTransformer
from aeon.transformations.series._matrix_profile import MatrixProfileTransformer
from aeon.transformations.series._mstl import MSTLSeriesTransformer
from aeon.transformations.series._pca import PCASeriesTransformer
from aeon.transformations.series._pla import PLASeriesTransformer
from aeon.transformations.series._scaled_logit import ScaledLogitSeriesTransformer
from aeon.transformations.series._stl import STLSeriesTransformer
from aeon.transformations.series._warping import WarpingSeriesTransformer
from aeon.transformations.series._yeojohnson import YeoJohnsonTransformer
from aeon.transformations.series.base import (
    BaseSeriesTransformer,
    SeriesInverseTransformerMixin,
)
