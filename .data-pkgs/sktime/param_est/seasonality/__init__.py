"""Module for parameter estimators of seasonality tests."""

__all__ = [
    "SeasonalityACFqstat",
    "SeasonalityACF",
    "SeasonalityPeriodogram",
]

from sktime.param_est.seasonality._acf import SeasonalityACF
from sktime.param_est.seasonality._acf_qstat import SeasonalityACFqstat
from sktime.param_est.seasonality._periodogram import SeasonalityPeriodogram
