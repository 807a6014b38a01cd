"""Submodule for similarity search on subsequences."""

__all__ = [
    "BaseSubsequenceSearch",
    "BaseDistanceProfileSearch",
    "MASS",
    "NaiveSubsequenceSearch",
]

from aeon.similarity_search.subsequence._base import (
    BaseDistanceProfileSearch,
    BaseSubsequenceSearch,
)
from aeon.similarity_search.subsequence._mass import MASS
from aeon.similarity_search.subsequence._naive import NaiveSubsequenceSearch
