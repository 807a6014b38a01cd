"""Stats based forecasters."""

__all__ = [
    "ARIMA",
    "AutoARIMA",
    "AutoCES",
    "AutoTAR",
    "CES",
    "ETS",
    "AutoETS",
    "DOTM",
    "SCUM",
    "TAR",
    "Theta",
    "TVP",
]

from aeon.forecasting.stats._arima import ARIMA, AutoARIMA
from aeon.forecasting.stats._ces import CES, AutoCES
from aeon.forecasting.stats._dotm import DOTM
from aeon.forecasting.stats._ets import ETS, AutoETS
from aeon.forecasting.stats._scum import SCUM
from aeon.forecasting.stats._tar import TAR, AutoTAR
from aeon.forecasting.stats._theta import Theta
from aeon.forecasting.stats._tvp import TVP
