"""Module containing adapters to other forecasting framework packages."""

# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)

__all__ = [
    "HCrystalBallAdapter",
]

from sktime.forecasting.adapters._hcrystalball import HCrystalBallAdapter
