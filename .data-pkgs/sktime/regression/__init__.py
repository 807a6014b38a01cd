"""Implements sktime estimators for time series regression."""
