"""Feature based time series clusterers.

While a bit vague, the contents mostly consist of transformers that extract features
pipelined to a vector clusterer.
"""

__all__ = [
    "Catch22Clusterer",
    "SummaryClusterer",
    "TSFreshClusterer",
]

from aeon.clustering.feature_based._catch22 import Catch22Clusterer
from aeon.clustering.feature_based._summary import SummaryClusterer
from aeon.clustering.feature_based._tsfresh import TSFreshClusterer
