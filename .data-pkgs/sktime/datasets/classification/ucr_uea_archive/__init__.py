"""TSC datasets from UCR UEA archive."""

from sktime.datasets.classification.ucr_uea_archive._ucr_uea_datasets import (
    UCRUEADataset,
)

__all__ = ["UCRUEADataset"]
