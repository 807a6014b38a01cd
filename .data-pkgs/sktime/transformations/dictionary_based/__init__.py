"""Transformers."""

__all__ = ["SFA", "SFAFast", "PAAlegacy", "SAXlegacy"]

from sktime.transformations.dictionary_based._paa import PAAlegacy
from sktime.transformations.dictionary_based._sax import SAXlegacy
from sktime.transformations.dictionary_based._sfa import SFA
from sktime.transformations.dictionary_based._sfa_fast import SFAFast
