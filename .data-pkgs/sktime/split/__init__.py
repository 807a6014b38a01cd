"""Module for splitters."""

__all__ = [
    "CutoffSplitter",
    "CutoffFhSplitter",
    "ExpandingCutoffSplitter",
    "ExpandingGreedySplitter",
    "ExpandingWindowSplitter",
    "ExpandingSlidingWindowSplitter",
    "ForecastingHorizonSplitter",
    "InstanceSplitter",
    "PresplitFilesCV",
    "SameLocSplitter",
    "SingleSplit",
    "SingleWindowSplitter",
    "SlidingGreedySplitter",
    "SlidingWindowSplitter",
    "TemporalTrainTestSplitter",
    "TestPlusTrainSplitter",
    "temporal_train_test_split",
]

from sktime.split._legacy_splitters import PresplitFilesCV, SingleSplit
from sktime.split.cutoff import CutoffFhSplitter, CutoffSplitter
from sktime.split.expandingcutoff import ExpandingCutoffSplitter
from sktime.split.expandinggreedy import ExpandingGreedySplitter
from sktime.split.expandingslidingwindow import ExpandingSlidingWindowSplitter
from sktime.split.expandingwindow import ExpandingWindowSplitter
from sktime.split.fh import ForecastingHorizonSplitter
from sktime.split.instance import InstanceSplitter
from sktime.split.sameloc import SameLocSplitter
from sktime.split.singlewindow import SingleWindowSplitter
from sktime.split.slidinggreedy import SlidingGreedySplitter
from sktime.split.slidingwindow import SlidingWindowSplitter
from sktime.split.temporal_train_test_split import (
    TemporalTrainTestSplitter,
    temporal_train_test_split,
)
from sktime.split.testplustrain import TestPlusTrainSplitter
