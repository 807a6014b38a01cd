"""The time scale a channel is coded at: decimation by an integer factor r before the token
layer, and interpolation back after it (docs/FORMAT.md, "Resampling").

Atoms are sized in samples, so a channel sampled far faster than its content pays tokens for
samples that carry nothing: a 1 kHz EDA channel whose content sits below 5 Hz. Coding every r-th
sample of a low-passed copy divides the token rate by r.

The decoder's half is part of the format and is integer-exact to define: sample j of the frame
is the Catmull-Rom (Keys a = -1/2) cubic through the coded samples y[k-1..k+2], k = j div r,
at fraction u = (j mod r) / r, with indices clamped to the frame's coded samples [0, n). The
encoder's half is free (only the decoder must agree across implementations): a Kaiser-windowed
sinc low-pass at 0.9/(2r) of the sample rate, applied inside the frame (edges mirrored), then
every r-th sample from the first.
"""

from __future__ import annotations

import numpy as np

MAX_FACTOR = 255  # a u8 in the header
FACTORS = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128)  # what the automatic choice tries
_TAPS_PER_FACTOR = 8  # low-pass length 2 * 8 r + 1: stop-band ~ -60 dB at the Kaiser beta below
_BETA = 6.0


def coded_length(m: int, r: int) -> int:
    """Samples a channel of `m` samples takes at factor r."""
    return -(-m // r)


def lowpass(r: int) -> np.ndarray:
    n = _TAPS_PER_FACTOR * r
    t = np.arange(-n, n + 1, dtype=np.float64)
    cutoff = 0.9 / (2 * r)  # cycles per sample
    h = 2 * cutoff * np.sinc(2 * cutoff * t) * np.kaiser(2 * n + 1, _BETA)
    return h / h.sum()


def decimate(x: np.ndarray, r: int) -> np.ndarray:
    """(..., m) samples -> (..., ceil(m / r)) coded samples (the encoder's half)."""
    if r == 1:
        return x
    m = x.shape[-1]
    h = lowpass(r)
    n = len(h) // 2
    flat = x.reshape(-1, m).astype(np.float64)
    out = np.empty((flat.shape[0], coded_length(m, r)))
    # mirrored edges (np.pad repeats the mirror when the frame is shorter than the filter)
    padded = np.pad(flat, ((0, 0), (n, n)), mode="symmetric")
    if len(h) <= 65:
        for i, row in enumerate(padded):
            out[i] = np.convolve(row, h, mode="valid")[::r]
    else:  # long filters: through the FFT
        size = 1 << (padded.shape[1] + len(h) - 2).bit_length()
        full = np.fft.irfft(np.fft.rfft(padded, size, axis=1) * np.fft.rfft(h, size), size, axis=1)
        out[:] = full[:, len(h) - 1:len(h) - 1 + m:r]
    return out.reshape(*x.shape[:-1], -1)


def weights(r: int) -> np.ndarray:
    """(r, 4) Catmull-Rom weights of y[k-1], y[k], y[k+1], y[k+2] for each phase j mod r."""
    u = np.arange(r, dtype=np.float64) / r
    u2, u3 = u * u, u * u * u
    return np.stack([(-u3 + 2 * u2 - u) / 2, (3 * u3 - 5 * u2 + 2) / 2,
                     (-3 * u3 + 4 * u2 + u) / 2, (u3 - u2) / 2], axis=1)


def interpolate(y: np.ndarray, m: int, r: int) -> np.ndarray:
    """(..., n) coded samples, n >= ceil(m / r) -> (..., m) samples (the decoder's half)."""
    if r == 1:
        return y[..., :m]
    n = coded_length(m, r)
    j = np.arange(m)
    k = j // r
    w = weights(r)[j % r]  # (m, 4)
    idx = np.clip(k[:, None] + np.arange(-1, 3)[None, :], 0, n - 1)  # (m, 4)
    return (y[..., idx] * w).sum(axis=-1)


def round_trip_error(x: np.ndarray, r: int) -> np.ndarray:
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
        self._seen = 0

    def add(self, chunk: np.ndarray) -> None:
        """(T, C) samples in the signal's units, NaN = missing."""
        t = len(chunk)
        n = max(1, min(self.limit, t // self.window))
        for s in np.linspace(0, max(0, t - self.window), n).astype(int):
            self.windows.append(np.array(chunk[s:s + self.window], dtype=np.float64))
        self._seen += t
        if len(self.windows) > 2 * self.limit:  # keep an even spread, bounded memory
            self.windows = self.windows[::2]

    def sample(self) -> list[np.ndarray]:
        """At most PROBE_WINDOWS windows (T_w, C), spread evenly over what was seen."""
        w = self.windows
        if len(w) > self.limit:
            w = [w[i] for i in np.linspace(0, len(w) - 1, self.limit).astype(int)]
        return w


def choose(errors: dict[int, np.ndarray], slack: float = AUTO_SLACK) -> tuple[int, ...]:
    """errors[r] = per-channel squared error of the token round trip at factor r (factor 1
    included) -> per channel the largest factor whose error is within (1 + slack) of factor 1's."""
    base = errors[1]
    out = []
    for c in range(len(base)):
        ok = [r for r in sorted(errors) if errors[r][c] <= (1 + slack) * base[c]]
        out.append(ok[-1])
    return tuple(out)
