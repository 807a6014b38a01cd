# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements tsfel transformers."""

from sktime.transformations.tsfel._tsfel import TSFELTransformer

__all__ = [
    "TSFELTransformer",
]
