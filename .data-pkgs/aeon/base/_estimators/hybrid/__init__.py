"""Base classes for hybrid time series estimators."""

__all__ = ["BaseRIST"]

from aeon.base._estimators.hybrid.base_rist import BaseRIST
