#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements functionality to evaluate forecasting models."""

__all__ = ["evaluate"]

from sktime.classification.model_evaluation._functions import evaluate
