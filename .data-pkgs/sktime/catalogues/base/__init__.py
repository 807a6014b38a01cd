"""Base class for catalogues."""

__all__ = ["BaseCatalogue"]

from sktime.catalogues.base._base import BaseCatalogue
