"""SeqComb benchmark generator (Queen et al. 2023, "TimeX"), seeded, plus the STAMP App. E.2 variant.

Variants (see ../shared/SEQCOMB.md for the description this follows):
- ``single``: 1 channel, NARMA(2) background, two transient subsequences one after the other.
- ``mv``: 4 channels, the two subsequences on two distinct random channels.
- ``mvirreg``: ``mv`` with ~15% of time steps (the same on every channel) missing, carried as NaN
  with a boolean mask (True = observed); never as the -1e8 sentinel TimeX used.
- ``spikes``: what STAMP's App. E.2 describes instead: sparse Poisson spike trains on dense
  multi-frequency square waves.

All variants are standardized per channel with statistics of the training split (NaN-aware), so
the validation and test splits see the same affine map as training.

Length: T = 200 by default as in TimeX. The App. E.4 FID needs 256-step windows; evaluation
regenerates the same variant at T = 256 with the same seed for that (see stampcodec.evaluate).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

VARIANTS = ("single", "mv", "mvirreg", "spikes")

# NARMA(2): y[t+1] = a y[t] + b y[t] (y[t] + y[t-1]) + c u[t-1] u[t] + d
_NARMA = (0.3, 0.05, 1.5, 0.1)
_NOISE_STD = 0.01
_MISSING_FRACTION = 0.15


@dataclass(frozen=True)
class Split:
    x: np.ndarray  # (N, C, T) float32, NaN where missing
    mask: np.ndarray | None  # (N, C, T) bool, True = observed; None when nothing is missing
    y: np.ndarray  # (N,) int64 class labels


@dataclass(frozen=True)
class SeqComb:
    variant: str
    length: int
    seed: int
    train: Split
    val: Split
    test: Split
    mean: np.ndarray  # (C,) statistics used for standardization
    std: np.ndarray

    def split(self, name: str) -> Split:
        if name not in ("train", "val", "test"):
            raise ValueError(f"unknown split {name!r}; expected train, val or test")
        return getattr(self, name)


def _narma2(rng: np.random.Generator, n: int, c: int, t: int) -> np.ndarray:
    a, b, g, d = _NARMA
    u = rng.uniform(0.0, 0.5, size=(n, c, t))
    y = np.zeros((n, c, t))
    for i in range(1, t - 1):
        y[:, :, i + 1] = a * y[:, :, i] + b * y[:, :, i] * (y[:, :, i] + y[:, :, i - 1]) + g * u[:, :, i - 1] * u[:, :, i] + d
    return y + rng.normal(0.0, _NOISE_STD, size=y.shape)


def _subsequence(rng: np.random.Generator, lo: float, hi: float, increasing: bool, n: int, lam: float) -> np.ndarray:
    ramp = np.linspace(-5.0 * abs(lo), 5.0 * abs(hi), n)
    if not increasing:
        ramp = ramp[::-1]
    a = rng.poisson(lam)
    x = np.arange(n) - n / 2.0
    return ramp + np.sin(a * x)


# class -> (first increasing?, second increasing?)
_CLASS_PATTERNS = {1: (False, False), 2: (True, True), 3: (True, False)}


def _inject(rng: np.random.Generator, x: np.ndarray, labels: np.ndarray, len_range: tuple[int, int], lam: float) -> None:
    n, c, t = x.shape
    for i in range(n):
        cls = int(labels[i])
        if cls == 0:
            continue
        lo, hi = float(x[i].min()), float(x[i].max())
        chans = rng.choice(c, size=2, replace=False) if c > 1 else np.zeros(2, dtype=int)
        l1 = int(rng.integers(*len_range))
        l2 = int(rng.integers(*len_range))
        s1 = int(rng.integers(0, t // 2))
        s2 = int(rng.integers(s1 + l1, max(s1 + l1 + 1, t - l2)))
        s2 = min(s2, t - l2)
        for (start, ln, ch, inc) in ((s1, l1, chans[0], _CLASS_PATTERNS[cls][0]), (s2, l2, chans[1], _CLASS_PATTERNS[cls][1])):
            x[i, ch, start:start + ln] = _subsequence(rng, lo, hi, inc, ln, lam)


def _square_spikes(rng: np.random.Generator, n: int, c: int, t: int) -> tuple[np.ndarray, np.ndarray]:
    """App. E.2: sparse Poisson spike trains superimposed on low-frequency dense square waves."""
    tt = np.arange(t)
    x = np.zeros((n, c, t))
    for _ in range(3):  # three square-wave components of random period, phase and amplitude
        period = rng.uniform(20, 120, size=(n, c, 1))
        phase = rng.uniform(0, 1, size=(n, c, 1))
        amp = rng.uniform(0.2, 1.0, size=(n, c, 1))
        x += amp * np.sign(np.sin(2 * np.pi * (tt / period + phase)))
    spikes = rng.poisson(0.02, size=(n, c, t)) > 0
    heights = rng.choice([-1.0, 1.0], size=(n, c, t)) * rng.uniform(3.0, 6.0, size=(n, c, t))
    x += spikes * heights
    labels = (spikes.sum(axis=(1, 2)) > np.median(spikes.sum(axis=(1, 2)))).astype(np.int64)
    return x, labels


def generate(variant: str = "single", n_samples: int = 10_000, length: int = 200, seed: int = 0,
             channels: int | None = None) -> SeqComb:
    """Generate a SeqComb variant, split 80/10/10 and standardized with training statistics."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown SeqComb variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    if n_samples < 10:
        raise ValueError(f"n_samples must be >= 10, got {n_samples}")
    if length < 64:
        raise ValueError(f"length must be >= 64, got {length}")
    rng = np.random.default_rng(np.random.SeedSequence([seed, VARIANTS.index(variant), length]))
    c = channels if channels is not None else (1 if variant in ("single", "spikes") else 4)
    if variant == "single" and c != 1:
        raise ValueError("SeqComb single is univariate")
    if variant == "spikes":
        x, labels = _square_spikes(rng, n_samples, c, length)
    else:
        labels = np.arange(n_samples) % 4  # balanced classes, order shuffled below
        rng.shuffle(labels)
        x = _narma2(rng, n_samples, c, length)
        single = variant == "single"
        _inject(rng, x, labels, (10, 20) if single else (15, 30), 10.0 if single else 5.0)
    mask = None
    if variant == "mvirreg":
        missing = rng.random((n_samples, 1, length)) < _MISSING_FRACTION
        mask = np.broadcast_to(~missing, x.shape).copy()
        x = np.where(mask, x, np.nan)

    n_train, n_val = int(0.8 * n_samples), int(0.1 * n_samples)
    mean = np.nanmean(x[:n_train], axis=(0, 2))
    std = np.nanstd(x[:n_train], axis=(0, 2))
    std = np.where(std > 0, std, 1.0)
    x = ((x - mean[None, :, None]) / std[None, :, None]).astype(np.float32)

    def cut(a: int, b: int) -> Split:
        return Split(x[a:b], None if mask is None else mask[a:b], labels[a:b].astype(np.int64))

    return SeqComb(variant, length, seed, cut(0, n_train), cut(n_train, n_train + n_val),
                   cut(n_train + n_val, n_samples), mean.astype(np.float32), std.astype(np.float32))
