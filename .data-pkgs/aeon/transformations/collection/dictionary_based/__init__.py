"""Transformers."""

__all__ = ["PAA", "SFA", "SFAFast", "SFAWhole", "SAX", "BORF"]

from aeon.transformations.collection.dictionary_based._borf import BORF
from aeon.transformations.collection.dictionary_based._paa import PAA
from aeon.transformations.collection.dictionary_based._sax import SAX
from aeon.transformations.collection.dictionary_based._sfa import SFA
from aeon.transformations.collection.dictionary_based._sfa_fast import SFAFast
from aeon.transformations.collection.dictionary_based._sfa_whole import SFAWhole
