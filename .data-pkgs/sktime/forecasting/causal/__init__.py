#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements causal forecasters."""

__all__ = [
    "DoubleMLForecaster",
]

from sktime.forecasting.causal._dmlf import DoubleMLForecaster
