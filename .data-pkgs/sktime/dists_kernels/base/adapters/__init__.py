"""Adapter mixins for dists_kernels module."""

from sktime.dists_kernels.base.adapters._sklearn import _SklearnDistanceAdapter
from sktime.dists_kernels.base.adapters._tslearn import _TslearnPwTrafoAdapter

__all__ = ["_TslearnPwTrafoAdapter", "_SklearnDistanceAdapter"]
