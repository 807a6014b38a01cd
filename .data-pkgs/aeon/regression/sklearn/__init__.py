"""Vector sklearn classifiers."""

__all__ = [
    "RotationForestRegressor",
    "SklearnRegressorWrapper",
]

from aeon.regression.sklearn._rotation_forest_regressor import RotationForestRegressor
from aeon.regression.sklearn._wrapper import SklearnRegressorWrapper
