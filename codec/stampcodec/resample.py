"""The time scale a channel is coded at: decimation by a factor r (a multiple of 1/16 from 1 to
255) before the token layer, and interpolation back after it (docs/FORMAT.md, "Resampling").

Atoms are sized in samples, so a channel sampled far faster than its content pays tokens for
samples that carry nothing: a 1 kHz EDA channel whose content sits below 5 Hz. Coding every r-th
sample of a low-passed copy divides the token rate by r.

The decoder's half is part of the format and is integer-exact to define: with F = 16 r, sample j
of the frame is the Catmull-Rom (Keys a = -1/2) cubic through the coded samples y[k-1..k+2],
k = 16 j div F, at fraction u = (16 j mod F) / F, with indices clamped to the frame's coded
samples [0, n). The encoder's half is free (only the decoder must agree across implementations):
see decimate.
"""

from __future__ import annotations

import functools

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

STEP = 16  # factors are multiples of 1/16, stored as u16 sixteenths (docs/FORMAT.md)
MAX_FACTOR = 255
FACTORS = (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 16, 24, 32, 48, 64, 96, 128)  # the automatic choice's
_TAPS_PER_FACTOR = 8  # low-pass half-length 8 r: stop band ~ -60 dB with the Kaiser beta below
_BETA = 6.0


def sixteenths(r: float) -> int:
    """A factor as the format stores it; ValueError unless it is a multiple of 1/16 in [1, 255]."""
    f = round(r * STEP)
    if abs(f - r * STEP) > 1e-9 or not STEP <= f <= MAX_FACTOR * STEP:
        raise ValueError(f"resampling factor {r:g} is not a multiple of 1/{STEP} between 1 and {MAX_FACTOR}")
    return f


def coded_length(m: int, r: float) -> int:
    """Samples a channel of `m` samples takes at factor r: ceil(m / r)."""
    return -(-STEP * m // sixteenths(r))


def _kaiser(t: np.ndarray, half: float) -> np.ndarray:
    inside = np.abs(t) <= half
    arg = np.sqrt(np.clip(1 - (t / half) ** 2, 0, 1))
    return np.where(inside, np.i0(_BETA * arg) / np.i0(_BETA), 0.0)


def decimate(x: np.ndarray, r: float) -> np.ndarray:
    """(..., m) samples -> (..., ceil(m / r)) coded samples at times 0, r, 2r, .. (the encoder's
    half): a Kaiser-windowed sinc low-pass at 0.9 / (2r) cycles per sample evaluated at each
    coded sample's time, the frame's edges mirrored, weights normalized to sum 1."""
    f = sixteenths(r)
    if f == STEP:
        return x
    m = x.shape[-1]
    flat = x.reshape(-1, m).astype(np.float64)
    first, w = _taps(m, f)
    n, taps = w.shape
    before, after = max(0, -int(first[0])), max(0, int(first[-1]) + taps - m)
    out = np.empty((flat.shape[0], n))
    for i, row in enumerate(flat):  # one row at a time: (n, taps) is ~16 m values
        # the mirrored row, and each output's taps as a row of its windows (copied whole, not
        # gathered value by value): the values and sums of row[mirrored indices] * w
        padded = np.pad(row, (before, after), mode="symmetric")
        out[i] = (sliding_window_view(padded, taps)[first + before] * w).sum(axis=1)
    return out.reshape(*x.shape[:-1], n)


@functools.lru_cache(maxsize=8)
def _taps(m: int, f: int) -> tuple[np.ndarray, np.ndarray]:
    """Each output's first tap (n,), a sample index before the edges are mirrored, and the
    weights (n, taps) of decimate for a frame of m samples at F = f: the same for every frame of
    a file, so computed once (the Bessel and sinc terms dominate)."""
    r = f / STEP
    n = -(-STEP * m // f)
    half = _TAPS_PER_FACTOR * r
    width = int(np.ceil(half))
    times = np.arange(n) * r  # exact: multiples of 1/16
    taps = np.floor(times)[:, None] + np.arange(-width, width + 2)[None, :]
    cutoff = 0.9 / (2 * r)
    dt = times[:, None] - taps
    w = 2 * cutoff * np.sinc(2 * cutoff * dt) * _kaiser(dt, half)
    w /= w.sum(axis=1, keepdims=True)
    first = taps[:, 0].astype(np.intp)  # the edges are mirrored: ... x1 x0 | x0 x1 .. x[m-1] | x[m-1] x[m-2] ...
    first.setflags(write=False)
    w.setflags(write=False)
    return first, w


def weights(u: np.ndarray) -> np.ndarray:
    """(..., 4) Catmull-Rom weights of y[k-1], y[k], y[k+1], y[k+2] at fraction u."""
    u = np.asarray(u, dtype=np.float64)
    u2, u3 = u * u, u * u * u
    return np.stack([(-u3 + 2 * u2 - u) / 2, (3 * u3 - 5 * u2 + 2) / 2,
                     (-3 * u3 + 4 * u2 + u) / 2, (u3 - u2) / 2], axis=-1)


def interpolate(y: np.ndarray, m: int, r: float) -> np.ndarray:
    """(..., n) coded samples, n >= ceil(m / r) -> (..., m) samples (the decoder's half):
    sample j is the Catmull-Rom cubic at k = floor(16 j / F), u = (16 j mod F) / F, F = 16 r."""
    f = sixteenths(r)
    if f == STEP:
        return y[..., :m]
    n = coded_length(m, r)
    num = STEP * np.arange(m)
    k, u = num // f, (num % f) / f
    idx = np.clip(k[:, None] + np.arange(-1, 3)[None, :], 0, n - 1)  # (m, 4)
    return (y[..., idx] * weights(u)).sum(axis=-1)


def round_trip_error(x: np.ndarray, r: float) -> np.ndarray:
    """(C, m) -> per channel sum of squared error of decimate then interpolate."""
    y = interpolate(decimate(x, r), x.shape[-1], r)
    return ((y - x) ** 2).sum(axis=-1)


AUTO_SLACK = 0.1  # the automatic choice may raise a channel's error by this share of its error at factor 1
PROBE_WINDOW = 4096  # samples per probe window (fewer with many channels)
PROBE_WINDOWS = 16
PROBE_VALUES = 1 << 20  # samples of all channels and windows together (8 MiB as float64)


class FactorProbe:
    """Windows spread over the signal, collected while the encoder scans it, on which each
    candidate factor is tried through the token layer (Codec does the trying). The token layer's
    error grows with the factor on most signals even where the round trip alone is lossless, so
    the factor is chosen by the error of the whole chain, not by the spectrum."""

    def __init__(self, channels: int) -> None:
        self.window = max(64, min(PROBE_WINDOW, PROBE_VALUES // channels))
        self.limit = max(1, min(PROBE_WINDOWS, PROBE_VALUES // (self.window * channels)))
        self.windows: list[np.ndarray] = []

    def add(self, chunk: np.ndarray) -> None:
        """(T, C) samples in the signal's units, NaN = missing."""
        t = len(chunk)
        n = max(1, min(self.limit, t // self.window))
        for s in np.linspace(0, max(0, t - self.window), n).astype(int):
            self.windows.append(np.array(chunk[s:s + self.window], dtype=np.float64))
        if len(self.windows) > 2 * self.limit:  # keep an even spread, bounded memory
            self.windows = self.windows[::2]

    def sample(self) -> list[np.ndarray]:
        """At most PROBE_WINDOWS windows (T_w, C), spread evenly over what was seen."""
        w = self.windows
        if len(w) > self.limit:
            w = [w[i] for i in np.linspace(0, len(w) - 1, self.limit).astype(int)]
        return w


def stacked(windows: list[np.ndarray]) -> list[np.ndarray]:
    """(C, T_w) windows -> (windows, C, T_w) stacks of equal length (one per length)."""
    by_length: dict[int, list[np.ndarray]] = {}
    for w in windows:
        by_length.setdefault(w.shape[-1], []).append(w)
    return [np.stack(ws) for ws in by_length.values()]


def choose(errors: dict[float, np.ndarray], slack: float = AUTO_SLACK) -> tuple[float, ...]:
    """errors[r] = per-channel squared error of the token round trip at factor r (factor 1
    included) -> per channel the largest factor whose error is within (1 + slack) of factor 1's."""
    base = errors[1]
    out = []
    for c in range(len(base)):
        ok = [r for r in sorted(errors) if errors[r][c] <= (1 + slack) * base[c]]
        out.append(ok[-1])
    return tuple(out)
