"""Machine learning based forecasters."""

__all__ = [
    "SETARTree",
    "SETARForest",
    "SETAR",
]

from aeon.forecasting.machine_learning._setar import SETAR
from aeon.forecasting.machine_learning._setarforest import SETARForest
from aeon.forecasting.machine_learning._setartree import SETARTree
