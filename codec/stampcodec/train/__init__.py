"""Training side of STAMP (needs PyTorch: `pip install stampcodec[train]`)."""

try:
    import torch  # noqa: F401
except ImportError as e:  # pragma: no cover - exercised only without torch
    from stampcodec.errors import StampError

    raise StampError("training and export need PyTorch: pip install -c constraints.txt 'stampcodec[train]'") from e
