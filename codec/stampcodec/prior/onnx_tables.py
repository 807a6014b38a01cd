"""A prior's frequency tables from its ONNX graph (`stampcodec export --format onnx --prior P`)
in ONNX Runtime: the same tables as the numpy reference, to the bit, so either can code and
decode a file. Graph optimizations are off: a fused node could sum in another order."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from stampcodec.errors import BundleError, ConfigError
from stampcodec.prior.bundle import TokenPrior

FORMAT = "stampcodec-prior-onnx"


class OnnxTables:
    def __init__(self, path: str | Path, prior: TokenPrior) -> None:
        try:
            import onnxruntime as ort
        except ImportError:
            raise ConfigError("an ONNX prior needs onnxruntime: pip install 'stampcodec[onnx]'") from None
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        try:
            self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        except Exception as e:  # onnxruntime raises its own types for unreadable files
            raise BundleError(f"{path}: not an ONNX graph ({e})") from None
        meta = self.session.get_modelmeta().custom_metadata_map
        if meta.get("format") != FORMAT:
            raise BundleError(f"{path}: not a prior graph (format {meta.get('format')!r})")
        if meta.get("prior_id") != prior.prior_id:
            raise BundleError(f"{path}: graph of prior {meta.get('prior_id')}, not of {prior.prior_id}")

    def __call__(self, kind: np.ndarray, keyed: np.ndarray, rel: np.ndarray) -> np.ndarray:
        return self.session.run(["freq"], {"kind": np.ascontiguousarray(kind, dtype=np.int64),
                                           "slots": np.ascontiguousarray(keyed, dtype=np.int64),
                                           "rel": np.ascontiguousarray(rel, dtype=np.int64)})[0]
