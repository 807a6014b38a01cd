#!/usr/bin/env python3 -u
"""Implement interval based time series regression estimators."""

__author__ = ["mloning"]
__all__ = ["TimeSeriesForestRegressor"]

from sktime.regression.interval_based._tsf import TimeSeriesForestRegressor
