"""Kernel based time series regressors."""

__all__ = ["RocketRegressor", "TimeSeriesSVRTslearn"]

from sktime.regression.kernel_based._rocket_regressor import RocketRegressor
from sktime.regression.kernel_based._svr_tslearn import TimeSeriesSVRTslearn
