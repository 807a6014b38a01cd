"""The codec API: numpy in, bytes out, and back. Mirrors the command line.

    >>> import numpy as np, stampcodec
    >>> codec = stampcodec.Codec.load()            # the bundled default model, or a .stamp path
    >>> blob = codec.encode(x)                      # x: (T,) or (T, C) float, NaN = missing
    >>> y = codec.decode(blob)                      # (T, C) float64, NaN where x was missing
    >>> stampcodec.verify(x, y, blob)               # MSE, max abs error, PSNR, bits per sample

Encoding works frame by frame (`frame_samples` per channel, default 16384): each frame is
normalized with the whole signal's per-channel statistics, its gaps filled for the encoder,
padded to whole blocks by repeating its last sample and encoded as an independent signal.
"""

from __future__ import annotations

import io
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

import numpy as np
from tqdm import tqdm

from stampcodec import bundle as bundle_io
from stampcodec import container, signals
from stampcodec.container import ContainerError, Header
from stampcodec.data.missing import fill_missing
from stampcodec.errors import DataError
from stampcodec.runtime import NumpyDecoder, NumpyEncoder, exported, native
from stampcodec.streams import ArraySource, Scan, Source, scan

DEFAULT_FRAME_SAMPLES = 16384
ENCODE_BATCH_SAMPLES = 1 << 16  # samples per encoder call: bounds its working memory (tens of MB)
DEFAULT_MODEL = Path(__file__).parent / "models" / "default.stamp"


BACKENDS = ("auto", "numpy", "native", "onnx", "tflite", "torch")
ENCODE_BACKENDS = ("numpy", "onnx", "torch")
TFLITE_VARIANTS = ("f32", "int8", "f16")


class Codec:
    """backend picks the decoder: "native" (the C library, stampcodec._native), "numpy" (the
    reference), "onnx" or "tflite" (graphs from `stampcodec export` in export_dir; tflite_variant
    f32, int8 or f16 weights), "torch" (PyTorch eager); "auto" takes native when it was built,
    else numpy. encode_backend: "numpy", "onnx" or "torch"."""

    def __init__(self, bundle: bundle_io.Bundle, name: str = "bundle", backend: str = "auto", *,
                 export_dir: str | Path | None = None, tflite_variant: str = "f32",
                 encode_backend: str = "numpy") -> None:
        if backend not in BACKENDS:
            raise DataError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
        if encode_backend not in ENCODE_BACKENDS:
            raise DataError(f"encode backend must be one of {', '.join(ENCODE_BACKENDS)}, got {encode_backend!r}")
        if tflite_variant not in TFLITE_VARIANTS:
            raise DataError(f"tflite variant must be one of {', '.join(TFLITE_VARIANTS)}, got {tflite_variant!r}")
        if backend == "native" and not native.available():
            raise DataError("the native decoder is not built in this install (reinstall from source with a C/C++ compiler)")
        if (backend in ("onnx", "tflite") or encode_backend == "onnx") and export_dir is None:
            raise DataError("the onnx and tflite backends need the folder written by `stampcodec export` (--export-dir)")
        self.bundle = bundle
        self.name = name
        self.config = bundle.config
        self.model_id = bundle.model_id
        if backend == "auto":
            backend = "native" if native.available() else "numpy"
        self.backend = backend
        self.decoder = NumpyDecoder(bundle)  # the reference, whatever the backend
        self.rows = self.decoder
        if self.backend == "onnx":
            self.rows = exported.OnnxRows(export_dir, self.model_id, tuple(self.config.scales))
        elif self.backend == "tflite":
            self.rows = exported.TfliteRows(export_dir, self.model_id, tflite_variant)
        elif self.backend == "torch":
            self.rows = exported.TorchRows(bundle)
        self.encode_backend = encode_backend
        self._export_dir = export_dir
        self._encoder: NumpyEncoder | exported.OnnxRows | exported.TorchRows | None = None
        self._native: native.NativeDecoder | None = None

    @classmethod
    def load(cls, path: str | Path | None = None, backend: str = "auto", **kw) -> "Codec":
        """A bundle file, or the default model shipped with the package when path is None."""
        p = Path(path) if path is not None else DEFAULT_MODEL
        return cls(bundle_io.load(p), str(p), backend, **kw)

    @property
    def native_decoder(self) -> "native.NativeDecoder":
        if self._native is None:
            self._native = native.NativeDecoder(self.bundle)
        return self._native

    @property
    def encoder(self) -> "NumpyEncoder | exported.OnnxRows | exported.TorchRows":
        if self._encoder is None:
            if self.encode_backend == "onnx":
                self._encoder = exported.OnnxRows(self._export_dir, self.model_id, tuple(self.config.scales))
            elif self.encode_backend == "torch":
                self._encoder = self.rows if isinstance(self.rows, exported.TorchRows) else exported.TorchRows(self.bundle)
            else:
                self._encoder = NumpyEncoder(self.bundle)
        return self._encoder

    # --- one frame ------------------------------------------------------------------------
    def make_header(self, source: Source, s: Scan, frame_samples: int | None = None,
                    sample_rate: float | None = None) -> Header:
        """frame_samples None: the default size, made smaller where many channels would exceed the
        per-frame limit (container.MAX_FRAME_VALUES); a size given explicitly must fit it."""
        cfg = self.config
        c = source.channels
        if cfg.mode == "joint" and c != cfg.channels:
            raise DataError(f"{source.where}: {c} channels, but this joint model encodes exactly {cfg.channels}")
        if frame_samples is None:
            frame_samples = container.max_frame_samples(c, cfg.block, DEFAULT_FRAME_SAMPLES)
        elif frame_samples < cfg.block or frame_samples % cfg.block:
            raise DataError(f"frame size {frame_samples} must be a positive multiple of the model's block ({cfg.block} samples)")
        if s.length == 0:
            raise DataError(f"{source.where}: no data rows")
        if sample_rate is not None and not (math.isfinite(sample_rate) and sample_rate > 0):
            raise DataError(f"sample rate must be a positive number, got {sample_rate}")
        try:
            container.check_layout(frame_samples, c, s.length, cfg.block, source.where)
        except ContainerError as e:
            raise DataError(str(e)) from None
        h = Header(model_id=self.model_id, mode=cfg.mode, codebook_size=cfg.codebook_size, atom_length=cfg.atom_length,
                   scales=tuple(cfg.scales), channels=c, frame_samples=frame_samples, length=s.length,
                   normalization=cfg.normalization, time_column=source.time_column,
                   columns=list(source.columns) if source.named or source.time_column else None)
        if cfg.normalization == "zscore":
            # the std as stored (float32): the encoder must divide by exactly what the decoder multiplies by
            h.mean, h.std = s.mean.astype(np.float64), s.std.astype(np.float32).astype(np.float64)
        rate = sample_rate if sample_rate is not None else s.sample_rate
        if rate:
            h.sample_rate, h.time_origin = float(rate), s.time_origin
            if source.time_is_date:
                h.time_kind = container.TIME_DATE_UTC if source.time_has_offset else container.TIME_DATE
            if s.time_irregular and sample_rate is None:
                h.time_kind |= container.TIME_IRREGULAR
            try:
                container.check_times(h)
            except ContainerError as e:
                raise DataError(f"{source.where}: {e}") from None
        return h

    def encode_frame(self, h: Header, x: np.ndarray, keep_gaps: bool = True) -> bytes:
        """x (T_frame, C) float64 with NaN for missing samples -> frame bytes. Without keep_gaps the
        frame stores no mask, and missing samples decode as the code of the interpolated signal."""
        cfg = self.config
        missing = np.isnan(x)
        z = x
        if h.normalization == "zscore":
            # exactly the statistics the header stores (float64), so the decoder inverts this exactly
            assert h.mean is not None and h.std is not None
            z = (x - h.mean) / np.where(h.std > 0, h.std, 1.0)
        rows = fill_missing(z.T)  # (C, T) float32; all-missing channels become 0 (the mean)
        pad = -rows.shape[1] % cfg.block
        if pad:
            rows = np.concatenate([rows, np.repeat(rows[:, -1:], pad, axis=1)], axis=1)
        rows = rows[:, None, :] if cfg.mode == "independent" else rows[None]
        tokens = self._encode_rows(rows)
        return container.write_frame(h, tokens, missing if keep_gaps and missing.any() else None)

    def _encode_rows(self, rows: np.ndarray) -> list[np.ndarray]:
        """Rows in batches of about ENCODE_BATCH_SAMPLES, so the encoder's working memory
        (activations, ~2 KB per sample) does not grow with the channel count."""
        r, _, t = rows.shape
        step = max(1, ENCODE_BATCH_SAMPLES // (t * rows.shape[1]))
        parts = [[np.asarray(tok, dtype=np.int64) for tok in self.encoder.encode_rows(rows[i:i + step])]
                 for i in range(0, r, step)]
        return [np.concatenate(per_scale) for per_scale in zip(*parts)]

    def decode_frame(self, h: Header, tokens: list[np.ndarray], missing: np.ndarray | None, length: int,
                     scales: int | None = None) -> np.ndarray:
        """-> (length, C) float64 in the original units."""
        rows = self.rows.decode_rows(tokens, length, scales)  # (R, Ca, length)
        y = denormalize(h, rows.reshape(h.channels, length).T)
        if missing is not None:
            y[missing] = np.nan
        return y

    # --- streams --------------------------------------------------------------------------
    def encode_source(self, source: Source, out: BinaryIO, *, frame_samples: int | None = None,
                      sample_rate: float | None = None, progress: bool = False, keep_gaps: bool = True,
                      warn: Callable[[str], None] | None = None) -> Header:
        """Scan the source, then encode it frame by frame into `out`. warn(message) hears about
        what the token file will not keep (time stamps that are not a usable grid)."""
        s = scan(source, progress=progress)
        h = self.make_header(source, s, frame_samples, sample_rate)
        if warn is not None and source.time_column is not None and sample_rate is None:
            if s.time_problem:
                warn(f"{source.where}: time column {source.time_column!r} {s.time_problem}: no sample rate is stored "
                     "and decoded files have no time column (give --sample-rate to keep one)")
            elif s.time_irregular:
                warn(f"{source.where}: time column {source.time_column!r} is not evenly spaced: decoded times are a "
                     f"uniform grid at the mean rate ({h.sample_rate:.6g} Hz)")
        out.write(h.to_bytes())
        bar = tqdm(total=h.length, unit="sample", unit_scale=True, desc="encoding", disable=not progress,
                   delay=1.0, file=sys.stderr)
        done = 0
        with bar:
            for chunk, _ in source.chunks(h.frame_samples):
                signals.checkpoint()
                out.write(self.encode_frame(h, chunk, keep_gaps))
                done += len(chunk)
                bar.update(len(chunk))
        if done != h.length:
            raise DataError(f"{source.where}: changed while being read ({h.length} rows, then {done})")
        return h

    def read_header(self, f: BinaryIO, where: str) -> Header:
        h = container.read_header(f, where)
        h.check_model(self.config, self.model_id, where)
        return h

    def decode_frames(self, f: BinaryIO, h: Header, where: str, scales: int | None = None,
                      progress: bool = False) -> Iterator[np.ndarray]:
        """Frames (T_frame, C) in order; raises ContainerError on damage or trailing bytes."""
        if scales is not None and not 1 <= scales <= len(h.scales):
            raise DataError(f"--scales must be between 1 and {len(h.scales)}, got {scales}")
        with tqdm(total=h.length, unit="sample", unit_scale=True, desc="decoding", file=sys.stderr,
                  disable=not progress, delay=1.0) as bar:
            nd = None
            if self.backend == "native":
                nd = self.native_decoder
                nd.open(h.raw)
            for i in range(h.n_frames):
                signals.checkpoint()
                raw = container.read_frame_bytes(f, h, i, where)
                n = h.frame_length(i)
                if nd is not None:
                    try:
                        z, _ = nd.frame(raw, scales, normalized=True)
                    except ValueError as e:  # the C checks are the same as ours; a difference is a bug
                        raise ContainerError(f"{where}: frame {i + 1} of {h.n_frames}: {e}") from None
                    yield denormalize(h, z)
                else:
                    tokens, missing = container.parse_frame(raw, h, i, where)
                    yield self.decode_frame(h, tokens, missing, n, scales)
                bar.update(n)
        if f.read(1):
            raise ContainerError(f"{where}: unexpected bytes after the last frame ({h.n_frames} frames)")

    # --- whole arrays ---------------------------------------------------------------------
    def encode(self, x: np.ndarray, *, columns: list[str] | None = None, sample_rate: float | None = None,
               frame_samples: int | None = None, keep_gaps: bool = True) -> bytes:
        """(T,) or (T, C) array (NaN = missing) -> token file bytes. keep_gaps=False stores no
        missing-sample mask (see encode_frame)."""
        buf = io.BytesIO()
        self.encode_source(ArraySource(x, columns), buf, frame_samples=frame_samples, sample_rate=sample_rate,
                           keep_gaps=keep_gaps)
        return buf.getvalue()

    def decode(self, blob: bytes, scales: int | None = None) -> np.ndarray:
        """Token file bytes -> (T, C) float64 in the original units, NaN where samples were missing."""
        f = io.BytesIO(blob)
        h = self.read_header(f, "tokens")
        frames = list(self.decode_frames(f, h, "tokens", scales))
        return np.concatenate(frames)


def denormalize(h: Header, z: np.ndarray) -> np.ndarray:
    """(T, C) normalized samples (NaN where missing) -> float64 in the signal's units, with the
    header's float64 statistics: a large offset keeps the precision of a small one."""
    y = z.astype(np.float64)
    if h.normalization == "zscore":
        assert h.mean is not None and h.std is not None
        y *= h.std
        y += h.mean
    return y


@dataclass
class Verification:
    mse: float  # in the signal's units squared, over samples present in the original
    max_abs: float
    psnr: float  # dB, peak = the original's max - min over all channels
    nmse: float  # mean over channels of MSE / variance: comparable across units (the paper's MSE)
    bpt: float | None  # token file bits per channel-sample, headers included (when `encoded` is given)
    samples: int

    def as_dict(self) -> dict[str, float | int | None]:
        return dict(self.__dict__)


def verify(original: np.ndarray, decoded: np.ndarray, encoded: bytes | int | None = None) -> Verification:
    """Compare a signal with its decoding. `encoded` (the token bytes, or their count) gives the rate."""
    a = np.asarray(original, dtype=np.float64)
    a = a.reshape(len(a), -1)
    b = np.asarray(decoded, dtype=np.float64).reshape(a.shape[0], -1)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: original {a.shape}, decoded {b.shape}")
    ok = np.isfinite(a)
    if not ok.any():
        raise ValueError("the original has no finite samples")
    err = np.where(ok, a - b, 0.0)
    n = int(ok.sum())
    mse = float((err ** 2).sum() / n)
    peak = float(np.nanmax(a) - np.nanmin(a))
    psnr = math.inf if mse == 0 else (20 * math.log10(peak) - 10 * math.log10(mse) if peak > 0 else -math.inf)
    nm = []
    for c in range(a.shape[1]):
        col = a[ok[:, c], c]
        if col.size and col.var() > 0:
            nm.append(float((err[:, c] ** 2).sum() / col.size / col.var()))
    nbytes = len(encoded) if isinstance(encoded, (bytes, bytearray)) else encoded
    return Verification(mse=mse, max_abs=float(np.abs(err).max()), psnr=psnr,
                        nmse=float(np.mean(nm)) if nm else 0.0,
                        bpt=None if nbytes is None else 8.0 * nbytes / a.size, samples=a.size)
