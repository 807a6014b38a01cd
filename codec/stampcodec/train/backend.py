"""The PyTorch eager backend (the [train] extra): the model itself, behind the runtime's row
interface (stampcodec.runtime.backends), for comparison with the numpy and exported runtimes."""

from __future__ import annotations

import numpy as np

from stampcodec.bundle import Bundle
from stampcodec.errors import DataError


class TorchRows:
    """PyTorch eager (the [train] extra): the model itself, for comparison."""

    def __init__(self, bundle: Bundle, options: object = None) -> None:
        try:
            import torch

            from stampcodec.train.model import StampModel
        except ImportError:
            raise DataError("the torch backend needs PyTorch: pip install -c constraints.txt 'stampcodec[train]'") from None
        self._torch = torch
        self.model = StampModel.from_bundle(bundle)

    def decode_rows(self, tokens: list[np.ndarray], length: int, scales: int | None = None) -> np.ndarray:
        t = [self._torch.from_numpy(np.asarray(x, dtype=np.int64)) for x in tokens]
        return self.model.decode_tokens(t, length, t[0].shape[0], scales).numpy()  # (R, Ca, length) either mode

    def encode_rows(self, rows: np.ndarray) -> list[np.ndarray]:
        x = self._torch.from_numpy(np.ascontiguousarray(rows, dtype=np.float32))
        return [t.numpy() for t in self.model.encode(x)]
