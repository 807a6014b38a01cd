"""Time-series regression datasets."""

from .tecator import Tecator

__all__ = ["Tecator"]
