"""Rocket transformers."""

__all__ = [
    "Rocket",
    "MiniRocket",
    "MultiRocket",
    "HydraTransformer",
]

from ._hydra import HydraTransformer
from ._minirocket import MiniRocket
from ._multirocket import MultiRocket
from ._rocket import Rocket
