"""Collection transformations."""

__all__ = [
    # base class
    "BaseCollectionTransformer",
    "CollectionInverseTransformerMixin",
    # transformers
    "AutocorrelationFunctionTransformer",
    "ARCoefficientTransformer",
    "Centerer",
    "DownsampleTransformer",
    "DWTTransformer",
    "HOG1DTransformer",
    "MinMaxScaler",
    "Normalizer",
    "PeriodogramTransformer",
    "SeriesToCollectionBroadcaster",
    "SlopeTransformer",
    "SimpleImputer",
    "Tabularizer",
]

from aeon.transformations.collection._acf import AutocorrelationFunctionTransformer
from aeon.transformations.collection._ar_coefficient import ARCoefficientTransformer
from aeon.transformations.collection._downsample import DownsampleTransformer
from aeon.transformations.collection._dwt import DWTTransformer
from aeon.transformations.collection._hog1d import HOG1DTransformer
from aeon.transformations.collection._impute import SimpleImputer
from aeon.transformations.collection._periodogram import PeriodogramTransformer
from aeon.transformations.collection._reduce import Tabularizer
from aeon.transformations.collection._rescale import Centerer, MinMaxScaler, Normalizer
from aeon.transformations.collection._series_broadcaster import (
    SeriesToCollectionBroadcaster,
)
from aeon.transformations.collection._slope import SlopeTransformer
from aeon.transformations.collection.base import (
    BaseCollectionTransformer,
    CollectionInverseTransformerMixin,
)
