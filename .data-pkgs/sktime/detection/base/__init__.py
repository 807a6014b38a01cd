#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements base classes for detection tasks in sktime."""

__all__ = ["BaseDetector", "BaseIntervalScorer"]

from sktime.detection.base._base import BaseDetector
from sktime.detection.base._base_interval_scorer import BaseIntervalScorer
