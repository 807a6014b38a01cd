"""The C decoder (native/, built into the wheel as stampcodec._native), when present.

The numpy decoder stays the reference and the fallback: `available()` says whether the
extension was built, and Codec picks it automatically for decoding.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Iterator, Sequence

import numpy as np

from stampcodec import container, resample
from stampcodec.bundle import Bundle
from stampcodec.parallel import available_cores
from stampcodec.runtime.decoder import codeword_waves

try:
    from stampcodec import _native
except ImportError:  # a pure-Python install (no compiler at build time)
    _native = None

Q_OUT = 11  # q15 output format: normalized sample = value / 2**11 (stampdec.h, STAMPDEC_Q_OUT)


def available() -> bool:
    return _native is not None


def q15_tables(waves: np.ndarray) -> tuple[np.ndarray, int]:
    """float waves -> (int16 waves, exponent e) with waves ~= int16 * 2**(e - 15), |int16| <= 32767."""
    peak = float(np.abs(waves).max())
    e = max(-8, math.ceil(math.log2(peak))) if peak > 0 else 0
    while np.round(peak * 2.0 ** (15 - e)) > 32767:
        e += 1
    q = np.clip(np.round(waves.astype(np.float64) * 2.0 ** (15 - e)), -32767, 32767).astype(np.int16)
    return q, e


class NativeFrames:
    """The C library behind the frame-decoder interface (runtime/backends.py): it parses and
    checks each frame itself and returns normalized samples, which Codec scales in float64."""

    def __init__(self, bundle: Bundle, options: object = None) -> None:
        self.decoder = NativeDecoder(bundle)
        self._header: bytes | None = None
        self._next = 0

    def decode_frame(self, h: "container.Header", raw: bytes, index: int, scales: int | None,
                     where: str, f64: bool = False) -> np.ndarray:
        if self._header != h.raw or index != self._next:  # a new file (or a restart): reopen its header
            if index != 0:
                raise ValueError("the C decoder decodes a file's frames in order, from the first")
            self.decoder.open(h.raw)
            self._header = h.raw
        try:
            z, _ = self.decoder.frame(raw, scales, normalized=True, f64=f64)
        except ValueError as e:  # the C checks are the Python reader's; a difference is a bug
            raise container.ContainerError(f"{where}: frame {index + 1} of {h.n_frames}: {e}") from None
        self._next = index + 1 if index + 1 < h.n_frames else 0
        if self._next == 0:
            self._header = None
        return z

    def decode_bounded(self, h: "container.Header", raw: bytes, index: int, where: str) -> np.ndarray:
        """An error-bounded frame -> (m, C) float64 values, NaN where missing (the C library's
        integer lattice, then origin + y * unit in double, as the numpy runtime computes it)."""
        return self.decode_frame(h, raw, index, None, where, f64=True)


class NativeDecoder:
    """Frame-by-frame decoding in C: open(header bytes), then frame(frame bytes) in order."""

    def __init__(self, bundle: Bundle) -> None:
        if _native is None:
            raise ImportError("stampcodec._native is not built (install from source with a C/C++ compiler)")
        cfg = bundle.config
        self.waves = codeword_waves(bundle)
        self.waves_q15, self.q15_exponent = q15_tables(self.waves)
        self._dec = _native.Decoder(self.waves, self.waves_q15, self.q15_exponent, bytes.fromhex(bundle.model_id),
                                    0 if cfg.mode == "independent" else 1, list(cfg.scales))

    @property
    def table_bytes(self) -> dict[str, int]:
        return {"float": self.waves.nbytes, "q15": self.waves_q15.nbytes}

    @property
    def state_bytes(self) -> int:
        return int(self._dec.state_bytes)

    def open(self, header: bytes) -> int:
        used, _ = self._dec.open(header)
        return int(used)

    def decode(self, header: bytes, frames: list[bytes], scales: int | None = None, q15: bool = False,
               spare: bool = True) -> np.ndarray:
        """A whole file's header and frames (container.split) -> (T, C), as frame() gives them."""
        self.open(header)
        return np.concatenate([self.frame(raw, scales, q15, spare=spare)[0] for raw in frames])

    def frame(self, data: bytes, scales: int | None = None, q15: bool = False,
              normalized: bool = False, f64: bool = False, spare: bool = True) -> tuple[np.ndarray, int]:
        """-> ((m, C) float32 in signal units, float32 normalized (x = y std + mean) when
        normalized, int16 Q11 normalized when q15, or float64 values of an error-bounded
        file when f64), bytes used. spare=False gives the library no room past the samples for
        its token cache and row accumulators (stampdec_frame_capacity): it then decodes each
        segment twice and sums 128 samples at a time."""
        out, used = self._dec.frame(data, scales or 0, q15, normalized, f64, spare)
        return out, int(used)


def encoder_tables(bundle: Bundle) -> dict[str, np.ndarray]:
    """A bundle's encoding tables as stampenc_model takes them (float32, the convolutions tap-major:
    w0 (H, 3, K), w1 (H, 3, H), w2 (K, H)); BundleError for a decode-only bundle."""
    from stampcodec.runtime.encoder import net_layers

    (w0, b0), (w1, b1), (w2, b2) = net_layers(bundle)
    f32 = lambda a: np.ascontiguousarray(a, dtype=np.float32)  # noqa: E731
    return {"dictionary": f32(bundle.dictionary), "w0": f32(w0.transpose(0, 2, 1)), "b0": f32(b0),
            "w1": f32(w1.transpose(0, 2, 1)), "b1": f32(b1), "w2": f32(w2[:, :, 0]), "b2": f32(b2),
            "codebook": f32(bundle.codebook)}


class NativeEncoder:
    """The C encoder (native/include/stampenc.h) behind the row-encoder interface: normalized rows
    in, tokens per scale out. The double path by default (arithmetic "f64"), whose tokens are the
    numpy encoder's; "f32" is the firmware's float path, "q" its fixed-point path
    (stampcodec.runtime.fixed). The token budget (skip) is the numpy encoder's: rows with a budget
    go there. A call's rows are spread over `threads` C++ threads (default: the cores this process
    may use); the tokens are the same for any count. Several threads may call one instance at
    once: each keeps its own C states (one_thread_per_call() for callers that are themselves
    spread over the cores). fallback=True (what `encode --backend auto` makes): rows the C encoder cannot take (a frame
    past its limits, a model it does not run) go to the numpy encoder instead of raising."""

    ARITHMETIC = ("f32", "f64", "q")  # stampenc.h's STAMPENC_F32, _F64, _Q

    def __init__(self, bundle: Bundle, options: object = None, arithmetic: str = "f64",
                 threads: int | None = None, fallback: bool = False) -> None:
        if _native is None:
            raise ImportError("stampcodec._native is not built (install from source with a C/C++ compiler)")
        if arithmetic not in self.ARITHMETIC:
            raise ValueError(f"arithmetic must be one of {', '.join(self.ARITHMETIC)}, got {arithmetic!r}")
        self.bundle = bundle
        self.config = bundle.config
        self.arithmetic = arithmetic
        if threads is not None and threads < 1:
            raise ValueError(f"threads must be >= 1, got {threads}")
        self.threads = threads or available_cores()
        self.fallback = fallback
        self.tables = encoder_tables(bundle)
        self._local = threading.local()  # per calling thread: C states by row length, a thread count
        self._numpy = None
        self._numpy_lock = threading.Lock()

    def stream(self, channels: int, frame_samples: int, *, entropy: bool = True, mean: np.ndarray | None = None,
               std: np.ndarray | None = None, sample_rate: float = 0.0, time_origin: float = 0.0,
               factors: Sequence[float] | None = None):
        """A streaming C encoder (stampcodec._native.Encoder): header(length), push((n, C) float32)
        -> frame bytes, flush() -> the last frame's bytes. factors: each channel's resampling
        factor r (a multiple of 1/16 from 1 to 255; joint models: one for all), or None for 1."""
        from stampcodec.runtime.fixed import fixed_tables

        cfg = self.config
        return _native.Encoder(self.tables, fixed_tables(self.bundle) if self.arithmetic == "q" else None,
                               bytes.fromhex(self.bundle.model_id), 0 if cfg.mode == "independent" else 1,
                               list(cfg.scales), channels, frame_samples, self.ARITHMETIC.index(self.arithmetic),
                               entropy, mean, std, sample_rate, time_origin,
                               None if factors is None else [resample.sixteenths(r) for r in factors])

    def encode_rows(self, rows: np.ndarray, skip: np.ndarray | None = None) -> list[np.ndarray]:
        """(R, Ca, T) normalized rows, T a multiple of the block -> tokens per scale (R, n_s)."""
        if skip is not None and np.isfinite(np.asarray(skip, dtype=np.float64)).any():
            return self._reference().encode_rows(rows, skip=skip)
        x = np.ascontiguousarray(rows, dtype=np.float32)
        _, ca, t = x.shape
        states = self._states()
        if t not in states:  # one state per row length (a frame's): its workspace is sized for it
            try:
                states[t] = self.stream(ca, t)
            except ValueError:
                if not self.fallback:
                    raise
                states[t] = None
        enc = states[t]
        if enc is None:
            return self._reference().encode_rows(rows)
        return list(enc.encode_rows(x, getattr(self._local, "threads", None) or self.threads))

    @contextlib.contextmanager
    def one_thread_per_call(self) -> Iterator[None]:
        """This thread's calls encode their rows on this thread alone for the duration."""
        self._local.threads = 1
        try:
            yield
        finally:
            self._local.threads = None

    def _states(self) -> dict[int, object]:
        states = getattr(self._local, "states", None)
        if states is None:
            states = self._local.states = {}
        return states

    def _reference(self):
        """The numpy encoder, for what the C encoder hands on (token budgets, fallback rows)."""
        with self._numpy_lock:
            if self._numpy is None:
                from stampcodec.runtime.encoder import NumpyEncoder
                self._numpy = NumpyEncoder(self.bundle)
            return self._numpy
