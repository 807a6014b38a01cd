#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements adapters for time series detection."""

__all__ = ["PyODDetector"]

from sktime.detection.adapters._pyod import PyODDetector
