#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements functionality to evaluate time series regression models."""

__all__ = ["evaluate"]

from sktime.regression.model_evaluation._functions import evaluate
