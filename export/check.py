"""Check an export folder against the numpy runtime on held-out-like data and report the errors
(kept in the manifest, printed by `stampcodec export`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from stampcodec.bundle import Bundle
from stampcodec.baselines import probe_signal
from stampcodec.codec import Codec


def check_exports(bundle: Bundle, folder: Path, fmt: str) -> dict[str, dict[str, float | int]]:
    cfg = bundle.config
    x = probe_signal(cfg.channels if cfg.mode == "joint" else 2)
    ref = Codec(bundle, backend="numpy")
    blob = ref.encode(x, frame_samples=4 * cfg.block * 8)
    y = ref.decode(blob)
    scale = np.nanstd(x, axis=0)
    out: dict[str, dict[str, float | int]] = {}
    variants = [("onnx", {})] if fmt == "onnx" else [("tflite", {"tflite_variant": v}) for v in ("f32", "int8", "f16")]
    for backend, kw in variants:
        c = Codec(bundle, backend=backend, export_dir=folder, **kw)
        err = np.abs(c.decode(blob) - y) / scale
        name = f"{backend}-{kw['tflite_variant']}" if kw else backend
        out[name] = {"max_abs_error_normalized": float(err.max()), "rms_error_normalized": float(np.sqrt((err ** 2).mean()))}
    if fmt == "onnx":
        enc = Codec(bundle, backend="numpy", encode_backend="onnx", export_dir=folder)
        a, b = np.frombuffer(enc.encode(x, frame_samples=4 * cfg.block * 8), np.uint8), np.frombuffer(blob, np.uint8)
        out["onnx-encoder"] = {"differing_bytes": int((a != b).sum()) if a.shape == b.shape else -1}
    return out
