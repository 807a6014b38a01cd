"""Module for parameter estimators of residual tests."""

__author__ = ["HarshvirSandhu"]
__all__ = [
    "JarqueBera",
]
from sktime.param_est.residuals._jarquebera import JarqueBera
