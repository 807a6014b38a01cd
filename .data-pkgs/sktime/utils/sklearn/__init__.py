"""Sklearn related utility functionality."""

from sktime.utils.sklearn._adapt_df import prep_skl_df
from sktime.utils.sklearn._metrics import _check_reg_targets
from sktime.utils.sklearn._scitype import (
    is_sklearn_classifier,
    is_sklearn_clusterer,
    is_sklearn_estimator,
    is_sklearn_object,
    is_sklearn_regressor,
    is_sklearn_transformer,
    sklearn_scitype,
)

__all__ = [
    "prep_skl_df",
    "is_sklearn_estimator",
    "is_sklearn_transformer",
    "is_sklearn_classifier",
    "is_sklearn_object",
    "is_sklearn_regressor",
    "is_sklearn_clusterer",
    "sklearn_scitype",
]
