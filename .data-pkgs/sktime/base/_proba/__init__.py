"""Probability distribution objects."""

from sktime.base._proba._mixin import _PredictProbaMixin

__all__ = [
    "_PredictProbaMixin",
]
