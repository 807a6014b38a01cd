"""Docstring for sktime.catalogues.classification.bakeoff."""

from sktime.catalogues.classification.bakeoff._bakeoff import BakeOffCatalogue

__all__ = ["BakeOffCatalogue"]
