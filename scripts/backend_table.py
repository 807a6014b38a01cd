"""The backend table of docs/EXPORT.md: every decoder backend on the same token file, in one run.

    python scripts/backend_table.py EXPORT_DIR [--samples 50000 --channels 3 --repeat 7]

EXPORT_DIR holds `stampcodec export --format onnx` and `--format tflite` outputs. Columns: max abs
error against the numpy reference (normalized units), token mismatches of the backend's encoder
against the numpy encoder (where it has one), the model file the backend loads, and the median
decode wall time as a ratio to numpy measured in this same run (lower is faster).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

from stampcodec import container
from stampcodec.codec import DEFAULT_MODEL, Codec
from stampcodec.baselines import probe_signal
from stampcodec.runtime import native
from stampcodec.runtime.exported import MANIFEST


def _tokens(blob: bytes) -> list[list[np.ndarray]]:
    h, frames = container.split(blob, "t")
    return [container.parse_frame(raw, h, i, "t")[0] for i, raw in enumerate(frames)]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("export_dir")
    p.add_argument("--samples", type=int, default=50_000)
    p.add_argument("--channels", type=int, default=3)
    p.add_argument("--repeat", type=int, default=7)
    a = p.parse_args()
    d = Path(a.export_dir)
    files = json.loads((d / MANIFEST).read_text())["files"]
    x = probe_signal(a.channels, a.samples)
    ref = Codec.load(backend="numpy")
    blob = ref.encode(x)
    y = ref.decode(blob)
    sd = x.std(axis=0)
    ref_tokens = _tokens(blob)

    rows = [("numpy", {"backend": "numpy"}, DEFAULT_MODEL, "numpy"),
            ("native (C float)", {"backend": "native"}, None, None),
            ("onnx", {"backend": "onnx", "export_dir": d}, d / files["onnx_decoder"], "onnx"),
            ("tflite f32", {"backend": "tflite", "export_dir": d, "tflite_variant": "f32"}, d / files["tflite_decoder_f32"], None),
            ("tflite f16 weights", {"backend": "tflite", "export_dir": d, "tflite_variant": "f16"}, d / files["tflite_decoder_f16"], None),
            ("tflite int8 weights", {"backend": "tflite", "export_dir": d, "tflite_variant": "int8"}, d / files["tflite_decoder_int8"], None),
            ("torch eager", {"backend": "torch"}, DEFAULT_MODEL, "torch")]
    times = {}
    out = []
    for name, kw, model_file, enc in rows:
        c = Codec.load(**kw)
        got = c.decode(blob)
        ts = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            c.decode(blob)
            ts.append(time.perf_counter() - t0)
        times[name] = statistics.median(ts)
        mism = "-"
        if enc:
            e = Codec.load(backend="numpy", encode_backend=enc, export_dir=d if enc == "onnx" else None)
            toks = _tokens(e.encode(x))
            mism = str(sum(int((ta != tb).sum()) for fa, fb in zip(ref_tokens, toks) for ta, tb in zip(fa, fb)))
        if model_file is None:
            size = f"{native.NativeDecoder(c.bundle).table_bytes['float']} (C tables)"
        else:
            size = str(Path(model_file).stat().st_size)
        out.append((name, float(np.nanmax(np.abs(got - y) / sd)), mism, size))
    n_tokens = sum(t.size for fr in ref_tokens for t in fr)
    print(f"{a.samples} samples x {a.channels} channels, {n_tokens} tokens, {len(blob)} bytes; medians of {a.repeat}\n")
    print("| backend | max abs error (normalized) | token mismatches (encoder) | model file bytes | decode time vs numpy |")
    print("|---|---|---|---|---|")
    for name, err, mism, size in out:
        print(f"| {name} | {err:.2g} | {mism} | {size} | {times[name] / times['numpy']:.2f} ({times[name] * 1e3:.1f} ms) |")


if __name__ == "__main__":
    main()
