from .christov import christov
from .engelse_zeelenberg import engelse_zeelenberg
from .hamilton import hamilton
from .moving_average import moving_average
from .msptd import msptd
from .pan_tompkins import pan_tompkins
from .rolling_average_ppg import rolling_average_ppg
from .rolling_average_resp import rolling_average_resp

__all__ = [
    "pan_tompkins",
    "hamilton",
    "christov",
    "moving_average",
    "engelse_zeelenberg",
    "msptd",
    "rolling_average_ppg",
    "rolling_average_resp",
]
