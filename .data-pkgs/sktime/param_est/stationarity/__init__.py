"""Module for parameter estimators of stationarity tests."""

__author__ = ["fkiraly", "Vasudeva-bit"]
__all__ = [
    "StationarityADF",
    "StationarityKPSS",
    "StationarityADFArch",
    "StationarityDFGLS",
    "StationarityPhillipsPerron",
    "StationarityKPSSArch",
    "StationarityZivotAndrews",
    "StationarityVarianceRatio",
    "BreakvarHeteroskedasticityTest",
]

from sktime.param_est.stationarity._adf_arch import StationarityADFArch
from sktime.param_est.stationarity._dfgls import StationarityDFGLS
from sktime.param_est.stationarity._kpss_arch import StationarityKPSSArch
from sktime.param_est.stationarity._phillips_perron import StationarityPhillipsPerron
from sktime.param_est.stationarity._sm_breakvar import BreakvarHeteroskedasticityTest
from sktime.param_est.stationarity._statsmodels import (
    StationarityADF,
    StationarityKPSS,
)
from sktime.param_est.stationarity._variance_ratio import StationarityVarianceRatio
from sktime.param_est.stationarity._zivot_andrews import StationarityZivotAndrews
