"""Tuning of time series regressors."""

# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)

from sktime.regression.model_selection._tune import TSRGridSearchCV

__all__ = ["TSRGridSearchCV"]
