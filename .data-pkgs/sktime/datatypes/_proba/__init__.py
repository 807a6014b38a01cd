"""Type checkers, converters and mtype inference for probabilistic return types."""

from sktime.datatypes._proba._convert import convert_dict as convert_dict_Proba

__all__ = ["convert_dict_Proba"]
