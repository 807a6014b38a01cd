# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Transformer module for detrending and deseasonalization."""

__author__ = ["mloning", "eyalshafran", "SveaMeyer13"]
__all__ = [
    "Detrender",
    "Deseasonalizer",
    "ConditionalDeseasonalizer",
    "STLTransformer",
    "MSTL",
]

from sktime.transformations.detrend._deseasonalize import (
    ConditionalDeseasonalizer,
    Deseasonalizer,
    STLTransformer,
)
from sktime.transformations.detrend._detrend import Detrender
from sktime.transformations.detrend.mstl import MSTL
