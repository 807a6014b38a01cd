"""Base class collections and utilities."""

__all__ = [
    "BASE_CLASS_REGISTER",
    "VALID_ESTIMATOR_BASES",
    "get_identifier",
]

from aeon.utils.base._identifier import get_identifier
from aeon.utils.base._register import BASE_CLASS_REGISTER, VALID_ESTIMATOR_BASES
