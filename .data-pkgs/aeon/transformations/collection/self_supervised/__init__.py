"""Self Supervised deep learning transformers."""

__all__ = ["TRILITE", "TimeMCL"]

from aeon.transformations.collection.self_supervised._time_mcl import TimeMCL
from aeon.transformations.collection.self_supervised._trilite import TRILITE
