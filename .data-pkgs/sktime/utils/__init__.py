"""Utility functionality."""

from sktime.utils.estimator_checks import check_estimator
from sktime.utils.plotting import plot_series, plot_windows

__all__ = ["check_estimator", "plot_series", "plot_windows"]
