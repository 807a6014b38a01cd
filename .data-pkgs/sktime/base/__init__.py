#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Base classes for defining estimators and other objects in sktime."""

__author__ = ["mloning", "RNKuhns", "fkiraly"]
__all__ = [
    "BaseObject",
    "BaseEstimator",
    "BasePanelMixin",
    "_HeterogenousMetaEstimator",
    "load",
]

from sktime.base._base import BaseEstimator, BaseObject
from sktime.base._base_panel import BasePanelMixin
from sktime.base._meta import _HeterogenousMetaEstimator
from sktime.base._serialize import load
