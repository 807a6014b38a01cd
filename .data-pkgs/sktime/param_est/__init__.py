"""Module for parameter estimators and parameter estimator plugin composition."""
