"""Runners for exported graphs: ONNX Runtime (decode and encode) and TFLite / LiteRT (decode).

Each runtime is imported only when used, with a message naming the extra to install. Both read
the folder written by `stampcodec export` through its manifest (MANIFEST, one name for the
exporter and the runners) and refuse another model's files. Row interface as the numpy runtime
(runtime/backends.py): decode_rows(tokens, length, scales), encode_rows(rows).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from stampcodec.bundle import Bundle
from stampcodec.errors import DataError
from stampcodec.runtime.backends import Options
from stampcodec.runtime.decoder import finish_tier

MANIFEST = "stampcodec-export.json"  # the one spelling of the export folder's manifest name


def load_manifest(folder: str | Path, model_id: str, *needed: str) -> tuple[dict, Path]:
    d = Path(folder)
    try:
        doc = json.loads((d / MANIFEST).read_text())
    except FileNotFoundError:
        raise DataError(f"{d}: no {MANIFEST}; write one with `stampcodec export --format onnx|tflite -o {d}`") from None
    except json.JSONDecodeError as e:
        raise DataError(f"{d / MANIFEST}: corrupt ({e})") from None
    if doc.get("model_id") != model_id:
        raise DataError(f"{d}: exported from model {doc.get('model_id')}, but the model in use is {model_id}")
    missing = [k for k in needed if k not in doc.get("files", {}) or not (d / doc["files"][k]).exists()]
    if missing:
        raise DataError(f"{d}: lacks {', '.join(missing)} (run `stampcodec export` for that format into it)")
    return doc, d


class OnnxRows:
    def __init__(self, bundle: Bundle, options: Options) -> None:
        folder, model_id, scales = options.export_dir, bundle.model_id, tuple(bundle.config.scales)
        try:
            import onnxruntime as ort
        except ImportError:
            raise DataError("the onnx backend needs onnxruntime: pip install 'stampcodec[onnx]'") from None
        doc, d = load_manifest(folder, model_id, "onnx_decoder")
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        self._dec = ort.InferenceSession(str(d / doc["files"]["onnx_decoder"]), opts, providers=["CPUExecutionProvider"])
        enc = doc["files"].get("onnx_encoder")
        self._enc = ort.InferenceSession(str(d / enc), opts, providers=["CPUExecutionProvider"]) if enc else None
        self.scales = scales

    def decode_rows(self, tokens: list[np.ndarray], length: int, scales: int | None = None) -> np.ndarray:
        tiers = self._dec.run(None, {f"tokens_s{s}": np.ascontiguousarray(t, dtype=np.int64)
                                     for s, t in zip(self.scales, tokens)})
        return sum(tiers[:scales or len(tiers)])[..., :length]

    def encode_rows(self, rows: np.ndarray) -> list[np.ndarray]:
        if self._enc is None:
            raise DataError("the export folder has no ONNX encoder")
        return self._enc.run(None, {"rows": np.ascontiguousarray(rows, dtype=np.float32)})


def _tflite_interpreter(path: Path):
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        try:
            from tflite_runtime.interpreter import Interpreter
        except ImportError:
            raise DataError("the tflite backend needs ai-edge-litert or tflite-runtime: pip install 'stampcodec[tflite]'") from None
    it = Interpreter(model_path=str(path))
    it.allocate_tensors()
    return it


class TfliteRows:
    """Chunks of `chunk_blocks` blocks per row through the static graph; the overlap-add of the
    chunks, the crop and the upsampling happen here (litert-torch converts static shapes only)."""

    def __init__(self, bundle: Bundle, options: Options) -> None:
        layout = bundle.config.layout
        key = f"tflite_decoder_{options.tflite_variant}"
        doc, d = load_manifest(options.export_dir, bundle.model_id, key)
        self.scales = layout.scales
        self.hop = layout.hop
        self.ca = layout.atom_channels
        self.chunk = int(doc["tflite_chunk_blocks"])
        self.q = layout.tokens_per_block
        it = _tflite_interpreter(d / doc["files"][key])
        self._run = it.get_signature_runner()
        n = len(self.scales)
        self._names = [f"args_{i}" for i in range(2 * n)]
        self._outs = [f"output_{i}" for i in range(n)]

    def decode_rows(self, tokens: list[np.ndarray], length: int, scales: int | None = None) -> np.ndarray:
        r = tokens[0].shape[0]
        blocks = tokens[0].shape[1] // self.q[0]
        chunks = -(-blocks // self.chunk)
        hop = self.hop
        lines = [np.zeros((r, self.ca, (t.shape[1] + 1) * hop), np.float32) for t in tokens]
        for row in range(r):
            for c in range(chunks):
                feed = {}
                for i, (q, t) in enumerate(zip(self.q, tokens)):
                    g = self.chunk * q
                    part = t[row, c * g:(c + 1) * g]
                    tok = np.zeros(g, np.int32)
                    mask = np.zeros(g, np.float32)
                    tok[:len(part)], mask[:len(part)] = part, 1.0
                    feed[self._names[i]], feed[self._names[len(self.q) + i]] = tok, mask
                out = self._run(**feed)
                for i, (q, line) in enumerate(zip(self.q, lines)):
                    g = self.chunk * q
                    seg = out[self._outs[i]]
                    start = c * g * hop
                    stop = min(start + seg.shape[-1], line.shape[-1])
                    line[row, :, start:stop] += seg[:, :stop - start]
        use = scales or len(self.scales)
        total = sum(finish_tier(line, t.shape[1], hop, s) for line, t, s in zip(lines[:use], tokens, self.scales))
        return total[..., :length]
