"""Submodule for similarity search on whole series."""

__all__ = [
    "BaseWholeSeriesSearch",
    "NaiveSeriesSearch",
    "SimHashIndexANN",
]

from aeon.similarity_search.whole_series._base import BaseWholeSeriesSearch
from aeon.similarity_search.whole_series._naive import NaiveSeriesSearch
from aeon.similarity_search.whole_series._simhash_index_ann import SimHashIndexANN
