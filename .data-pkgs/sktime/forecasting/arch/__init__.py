"""Time series forecasting with arch models."""

__all__ = ["ARCH", "StatsForecastARCH", "StatsForecastGARCH"]
__author__ = ["eyjo", "Vasudeva-bit"]

from sktime.forecasting.arch._statsforecast_arch import (
    StatsForecastARCH,
    StatsForecastGARCH,
)
from sktime.forecasting.arch._uarch import ARCH
