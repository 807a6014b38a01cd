"""Backends by name: the decoders and encoders a Codec can run, each imported only when chosen.

Every decoder is a FrameDecoder: checked frame bytes in, the frame's normalized samples out
(NaN where samples were missing), so Codec has one decoding loop whatever runs it. Row backends
(numpy, ONNX Runtime, TFLite, PyTorch) decode token rows; RowFrames puts the container's frame
parsing in front of them. The C library parses frames itself. Encoders map normalized rows
(R, atom channels, T) to tokens per scale.

A new backend is one entry in DECODERS or ENCODERS: "module:factory", where the factory takes
(bundle, options) and returns the object. PyTorch's lives in stampcodec.train, so this runtime
never imports torch unless "torch" is asked for.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from stampcodec import container, resample
from stampcodec.bundle import Bundle
from stampcodec.errors import ConfigError

if TYPE_CHECKING:
    from stampcodec.prior.bundle import TokenPrior

DECODERS = {
    "numpy": "stampcodec.runtime.decoder:NumpyDecoder",
    "native": "stampcodec.runtime.native:NativeFrames",
    "onnx": "stampcodec.runtime.exported:OnnxRows",
    "tflite": "stampcodec.runtime.exported:TfliteRows",
    "torch": "stampcodec.train.backend:TorchRows",
}
ENCODERS = {
    "numpy": "stampcodec.runtime.encoder:NumpyEncoder",
    "native": "stampcodec.runtime.native:NativeEncoder",
    "onnx": "stampcodec.runtime.exported:OnnxRows",
    "torch": "stampcodec.train.backend:TorchRows",
}
AUTO = "auto"  # native when built, else numpy (see resolve)
SKIPPING_ENCODERS = ("numpy", "native")  # the token budget (stampcodec.budget) runs in numpy; native hands it there
TFLITE_VARIANTS = ("f32", "int8", "f16")
NEEDS_EXPORT = ("onnx", "tflite")


@dataclass(frozen=True)
class Options:
    """What some backends need besides the bundle."""
    export_dir: Path | None = None  # onnx, tflite: the folder `stampcodec export` wrote
    tflite_variant: str = "f32"


class RowDecoder(Protocol):
    def decode_rows(self, tokens: list[np.ndarray], length: int, scales: int | None = None) -> np.ndarray:
        """tokens per scale (R, n_s) -> (R, atom channels, length) normalized samples."""


class RowEncoder(Protocol):
    def encode_rows(self, rows: np.ndarray) -> list[np.ndarray]:
        """(R, atom channels, T) normalized rows, T a multiple of the block -> tokens per scale (R, n_s)."""


class FrameDecoder(Protocol):
    def decode_frame(self, h: container.Header, raw: bytes, index: int, scales: int | None,
                     where: str) -> np.ndarray:
        """Checked frame bytes -> (frame length, C) float normalized samples, NaN where missing."""


class RowFrames:
    """A row decoder behind the container's frame parser: rows at one time scale are decoded
    together, then interpolated back to the frame's rate (version 2, stampcodec.resample)."""

    def __init__(self, rows: RowDecoder, prior: "TokenPrior | None" = None, bundle: Bundle | None = None) -> None:
        self.rows = rows
        self.prior = prior  # for files whose tokens are coded with a prior (stampcodec.prior)
        self.bundle = bundle  # for skipped tokens, where the row decoder has no silent codeword
        self._only_0: np.ndarray | None = None  # codeword 0 as symbol V, every other symbol silent

    def decode_frame(self, h: container.Header, raw: bytes, index: int, scales: int | None,
                     where: str) -> np.ndarray:
        tokens, missing = container.parse_frame_rows(raw, h, index, where, self.prior)
        m, layout = h.frame_length(index), h.layout
        use = min(scales or h.n_coded, h.n_coded)
        z = np.empty((h.channels, m))
        for r in sorted(set(h.row_factors)):
            idx = [i for i, f in enumerate(h.row_factors) if f == r]
            n = resample.coded_length(m, r)
            per_scale = [np.stack([tokens[s][i] for i in idx]) for s in range(h.n_coded)]
            # scales a truncated file no longer carries: any tokens (they are not summed)
            per_scale += [np.zeros((len(idx), layout.blocks(n) * q), dtype=np.int64)
                          for q in layout.tokens_per_block[h.n_coded:]]
            y = resample.interpolate(self._decode_rows(per_scale, n, use, layout.codebook_size), m, r)
            if h.mode == "joint":
                z[:] = y.reshape(h.channels, m)
            else:
                z[idx] = y[:, 0]
        z = z.T
        if missing is not None:
            z[missing] = np.nan
        return z


    def _decode_rows(self, per_scale: list[np.ndarray], n: int, use: int, v: int) -> np.ndarray:
        """Rows decoded, in float64. Skipped tokens (symbol V) where the row decoder cannot take
        them (exported graphs, PyTorch: V codewords): decoded as codeword 0, whose tiers the
        reference synthesis then takes away (the decoders are sums of codeword waveforms)."""
        skipped = [tok >= v for tok in per_scale[:use]]
        if getattr(self.rows, "skips", False) or not any(m.any() for m in skipped):
            return self.rows.decode_rows(per_scale, n, use).astype(np.float64)
        from stampcodec.runtime.decoder import codeword_waves, synthesize_tier

        if self.bundle is None:
            raise ConfigError("this decoder cannot decode skipped tokens without its model bundle")
        cfg = self.bundle.config
        y = self.rows.decode_rows([np.where(tok >= v, 0, tok) for tok in per_scale], n, use).astype(np.float64)
        if self._only_0 is None:
            waves = codeword_waves(self.bundle)
            self._only_0 = np.zeros((v + 1,) + waves.shape[1:])
            self._only_0[v] = waves[0]  # symbol v: codeword 0, which the skipped places played; the others silent
        for s, m in enumerate(skipped):
            y -= synthesize_tier(np.where(m, v, 0), self._only_0, cfg.hop, cfg.scales[s])[..., :n]
        return y


def _make(table: dict[str, str], name: str, bundle: Bundle, options: Options):
    """Import the backend's module and build it (the name was checked)."""
    module, attr = table[name].split(":")
    return getattr(importlib.import_module(module), attr)(bundle, options)


def resolve(name: str, kind: str = "decoder") -> str:
    """"auto" -> the backend to use on this install: the C library when built, else numpy, for
    decoding and encoding alike. The C encoder's double path gives the numpy encoder's tokens and
    runs faster on hosts (tests/benchmarks/test_codec_throughput.py::test_encode_backends); when
    it was chosen this way, rows it cannot take go to numpy (NativeEncoder's fallback)."""
    if name != AUTO:
        return name
    from stampcodec.runtime import native
    return "native" if native.available() else "numpy"


def check(name: str, options: Options, kind: str = "decoder") -> None:
    """Argument errors before any work (ConfigError naming the problem)."""
    table = DECODERS if kind == "decoder" else ENCODERS
    if name not in table and name != AUTO:
        raise ConfigError(f"{kind} backend must be one of {', '.join([AUTO] + list(table))}, got {name!r}")
    if options.tflite_variant not in TFLITE_VARIANTS:
        raise ConfigError(f"tflite variant must be one of {', '.join(TFLITE_VARIANTS)}, got {options.tflite_variant!r}")
    if name in NEEDS_EXPORT and options.export_dir is None:
        raise ConfigError(f"the {name} backend needs the folder written by `stampcodec export` (--export-dir)")
    if name == "native":
        from stampcodec.runtime import native
        if not native.available():
            raise ConfigError(f"the native {kind} is not built in this install "
                              "(reinstall from source with a C/C++ compiler)")


def frame_decoder(name: str, bundle: Bundle, options: Options = Options()) -> FrameDecoder:
    check(name, options)
    made = _make(DECODERS, resolve(name), bundle, options)
    return made if hasattr(made, "decode_frame") else RowFrames(made, bundle=bundle)


def row_decoder(name: str, bundle: Bundle, options: Options = Options()) -> RowDecoder:
    """The token-rows interface of a decoder (benchmarks, evaluation); not for "native"."""
    check(name, options)
    made = _make(DECODERS, resolve(name), bundle, options)
    if not hasattr(made, "decode_rows"):
        raise ConfigError(f"the {name} decoder decodes whole frames, not token rows")
    return made


def row_encoder(name: str, bundle: Bundle, options: Options = Options()) -> RowEncoder:
    check(name, options, "encoder")
    return _make(ENCODERS, resolve(name, "encoder"), bundle, options)
