"""What gets profiled: one (backend or baseline, operation, scales) case each, set up in the
worker process so that its imports and tables count toward that process's memory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from stampcodec import container
from stampcodec.codec import Codec
from stampcodec.metrics.distortion import mse
from stampcodec.runtime import backends, native
from stampcodec.runtime.exported import MANIFEST

DECODERS = ("torch", "numpy", "native-float", "native-q15", "onnx", "tflite")
ENCODERS = ("numpy", "native", "onnx", "torch")


@dataclass
class Case:
    fn: Callable[[], object]
    bpt: float  # token or symbol bits per sample (nominal for STAMP: file bytes are reported separately)
    mse: float
    footprint_bytes: int | None  # decoder tables + state (what a device must hold)
    note: str = ""


def signal(length: int, seed: int = 0) -> np.ndarray:
    """The profiled signal: a z-normalized random walk with a slow sine, univariate."""
    from stampcodec.baselines import probe_signal

    x = probe_signal(1, length, seed)[:, 0]
    return (x - x.mean()) / x.std()


def _frame(codec: Codec, x: np.ndarray) -> tuple[bytes, container.Header, bytes, list[np.ndarray]]:
    blob = codec.encode(x, frame_samples=-(-len(x) // codec.config.block) * codec.config.block, resample=1)
    h, (raw,) = container.split(blob, "p")
    tokens, _ = container.parse_frame(raw, h, 0, "p")
    return blob, h, raw, tokens


def stamp_case(backend: str, op: str, scales: int, x: np.ndarray, export_dir: str | None) -> Case:
    ref = Codec.load(backend="numpy")
    blob, h, raw, tokens = _frame(ref, x)
    n = len(x)
    y = ref.decode(blob, scales).reshape(len(x), -1)[:, 0]
    bpt = ref.config.replace(scales=ref.config.scales[:scales]).layout.token_bpt(n)
    err = mse(x, y)
    options = backends.Options(None if export_dir is None else Path(export_dir))
    if op == "encode":
        rows = ((x - h.mean[0]) / h.std[0]).astype(np.float32)
        pad = -n % ref.config.block
        rows = np.concatenate([rows, np.repeat(rows[-1:], pad)])[None, None, :]
        enc = backends.row_encoder(backend, ref.bundle, options)
        return Case(lambda: enc.encode_rows(rows), bpt, err, None)
    if backend.startswith("native"):
        if not native.available():
            raise ImportError("stampcodec._native is not built")
        nd = native.NativeDecoder(ref.bundle)
        q15 = backend.endswith("q15")

        def run() -> object:
            nd.open(h.raw)
            return nd.frame(raw, scales, q15)

        run()
        tables = nd.table_bytes["q15" if q15 else "float"]
        return Case(run, bpt, err, tables + nd.state_bytes, "incl. frame parsing and CRC")
    rows = backends.row_decoder(backend, ref.bundle, options)
    footprint = None
    if backend == "numpy":
        footprint = rows.waves.nbytes
    elif backend in ("onnx", "tflite") and export_dir:
        import json

        files = json.loads((Path(export_dir) / MANIFEST).read_text())["files"]
        footprint = (Path(export_dir) / files["onnx_decoder" if backend == "onnx" else "tflite_decoder_f32"]).stat().st_size
    elif backend == "torch":
        footprint = sum(p.numel() * p.element_size() for p in rows.model.parameters()) + \
            sum(b.numel() * b.element_size() for b in rows.model.buffers())
    return Case(lambda: rows.decode_rows(tokens, n, scales), bpt, err, footprint)


def baseline_case(kind: str, tier: int, op: str, x: np.ndarray) -> Case:
    from stampcodec.baselines import ABBA_TIERS, SAX_TIERS, Abba, Sax

    n = len(x)
    if kind == "sax":
        w, a = SAX_TIERS[tier]
        s = Sax(w, a)
        sym = s.encode(x)
        y = s.decode(sym, n)
        fp = s.breakpoints.nbytes + s.levels.nbytes
        fn = (lambda: s.encode(x)) if op == "encode" else (lambda: s.decode(sym, n))
        return Case(fn, s.bits_per_sample(n), mse(x, y), fp, f"w={w}, a={a}")
    tol = ABBA_TIERS[tier]
    ab = Abba(tol)
    sym = ab.encode(x)
    y = ab.decode(sym, n, float(x[0]))
    centers = getattr(ab._model, "parameters", None)
    fp = int(np.asarray(centers.centers).nbytes) if centers is not None and hasattr(centers, "centers") else None
    fn = (lambda: Abba(tol).encode(x)) if op == "encode" else (lambda: ab.decode(sym, n, float(x[0])))
    return Case(fn, ab.bits_per_sample(sym, n), mse(x, y), fp, f"tol={tol}, {len(set(sym))} symbols")
