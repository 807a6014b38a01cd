"""Base class for datasets."""

__all__ = ["BaseDataset", "_DatasetFromLoaderMixin"]

from sktime.datasets.base._base import BaseDataset, _DatasetFromLoaderMixin
