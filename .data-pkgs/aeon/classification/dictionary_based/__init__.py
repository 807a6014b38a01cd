"""Dictionary based time series classifiers."""

__all__ = [
    "IndividualBOSS",
    "BOSSEnsemble",
    "ContractableBOSS",
    "TemporalDictionaryEnsemble",
    "IndividualTDE",
    "WEASEL",
    "WEASEL_V2",
    "MUSE",
    "REDCOMETS",
    "MrSQMClassifier",
    "MrSEQLClassifier",
]

from aeon.classification.dictionary_based._boss import BOSSEnsemble, IndividualBOSS
from aeon.classification.dictionary_based._cboss import ContractableBOSS
from aeon.classification.dictionary_based._mrseql import MrSEQLClassifier
from aeon.classification.dictionary_based._mrsqm import MrSQMClassifier
from aeon.classification.dictionary_based._muse import MUSE
from aeon.classification.dictionary_based._redcomets import REDCOMETS
from aeon.classification.dictionary_based._tde import (
    IndividualTDE,
    TemporalDictionaryEnsemble,
)
from aeon.classification.dictionary_based._weasel import WEASEL
from aeon.classification.dictionary_based._weasel_v2 import WEASEL_V2
