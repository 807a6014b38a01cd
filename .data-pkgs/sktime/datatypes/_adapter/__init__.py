__all__ = ["convert_from_multiindex_to_listdataset"]

from sktime.datatypes._adapter.pd_multiindex_to_list_dataset import (
    convert_from_multiindex_to_listdataset,
)
