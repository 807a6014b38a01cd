"""Estimator checks."""

__all__ = [
    "check_estimator",
    "parametrize_with_checks",
]

from aeon.testing.estimator_checking._estimator_checking import (
    check_estimator,
    parametrize_with_checks,
)
