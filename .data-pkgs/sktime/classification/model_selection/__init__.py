"""Tuning of time series classifiers."""

# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)

from sktime.classification.model_selection._hyperactive import TSCOptCV
from sktime.classification.model_selection._tune import TSCGridSearchCV

__all__ = ["TSCOptCV", "TSCGridSearchCV"]
