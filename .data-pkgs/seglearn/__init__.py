# Author: David Burns
# License: BSD

from . import transform, pipe, util, split, datasets, feature_functions
from ._version import __version__
from .base import TS_Data
from .datasets import load_watch
from .feature_functions import base_features, all_features
from .pipe import Pype
from .preprocessing import TargetRunLengthEncoder
from .split import TemporalKFold, temporal_split
from .transform import Segment, SegmentX, SegmentXY, SegmentXYForecast, PadTrunc, Interp, InterpLongToWide, \
    FeatureRep, FeatureRepMix, FunctionTransformer
from .util import check_ts_data, check_ts_data_with_ts_target, ts_stats, get_ts_data_parts

__all__ = ['TS_Data', 'FeatureRep', 'FeatureRepMix', 'PadTrunc', 'Interp', 'InterpLongToWide', 'Pype', 'Segment',
           'SegmentX', 'SegmentXY', 'SegmentXYForecast', 'TemporalKFold', 'temporal_split', 'check_ts_data',
           'check_ts_data_with_ts_target', 'ts_stats', 'get_ts_data_parts', 'all_features',
           'base_features', 'load_watch', 'TargetRunLengthEncoder', 'FunctionTransformer',
           '__version__']

__author__ = 'David Burns david.mo.burns@gmail.com'
