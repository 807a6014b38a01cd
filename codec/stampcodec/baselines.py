"""What evaluation shares (the rdp sweep, the profiling harness, the export checks): the paper's
symbolic baselines with their inverses, SAX (PAA + Gaussian breakpoints) and ABBA (fABBA), and
the probe signal.

SAX tiers follow the paper: word length w in {25, 50, 500} segments per signal with alphabet
a in {2, 4, 128}, coarse to fine; a signal of T samples costs w log2(a) / T bits per sample.
ABBA tiers: fABBA tolerance in {1.0, 0.5, 0.1}; its rate counts symbols x log2(distinct symbols).
Both take z-normalized univariate signals.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np

SAX_TIERS = ((25, 2), (50, 4), (500, 128))  # (word length w, alphabet a), coarse to fine
ABBA_TIERS = (1.0, 0.5, 0.1)  # fABBA tolerance


class Sax:
    def __init__(self, word: int, alphabet: int) -> None:
        self.word, self.alphabet = word, alphabet
        nd = NormalDist()
        self.breakpoints = np.array([nd.inv_cdf(i / alphabet) for i in range(1, alphabet)])
        # each symbol decodes to the mean of a standard normal over its interval (mass 1/a each)
        edges = np.concatenate([[-np.inf], self.breakpoints, [np.inf]])
        finite = np.isfinite(edges)
        pdf = np.where(finite, np.exp(-0.5 * np.where(finite, edges, 0.0) ** 2) / math.sqrt(2 * math.pi), 0.0)
        self.levels = (pdf[:-1] - pdf[1:]) * alphabet

    def bits_per_sample(self, length: int) -> float:
        return self.word * math.log2(self.alphabet) / length

    def encode(self, x: np.ndarray) -> np.ndarray:
        """x (T,) -> w symbols: the PAA of w nearly equal segments, quantized at the breakpoints."""
        paa = np.array([seg.mean() for seg in np.array_split(x, self.word)])
        return np.searchsorted(self.breakpoints, paa).astype(np.uint16)

    def decode(self, symbols: np.ndarray, length: int) -> np.ndarray:
        sizes = [len(s) for s in np.array_split(np.empty(length), self.word)]
        return np.repeat(self.levels[symbols], sizes)


class Abba:
    """fABBA (Chen and Guttel): polygonal chain at tolerance tol, pieces clustered into symbols."""

    def __init__(self, tol: float, alpha: float | None = None) -> None:
        try:
            from fABBA import fABBA
        except ImportError:
            raise ImportError("the ABBA baseline needs fABBA: pip install 'stampcodec[profile]'") from None
        self.tol = tol
        self._model = fABBA(tol=tol, alpha=alpha if alpha is not None else tol, sorting="2-norm", scl=1, verbose=0)

    def encode(self, x: np.ndarray) -> str:
        return self._model.fit_transform(x)

    def decode(self, symbols: str, length: int, start: float) -> np.ndarray:
        y = np.asarray(self._model.inverse_transform(symbols, start), dtype=np.float64)
        if len(y) < length:
            y = np.concatenate([y, np.repeat(y[-1:], length - len(y))])
        return y[:length]

    def bits_per_sample(self, symbols: str, length: int) -> float:
        k = max(2, len(set(symbols)))
        return len(symbols) * math.log2(k) / length


def probe_signal(channels: int, length: int = 5000, seed: int = 0) -> np.ndarray:
    """A random walk with a sine: smooth and rough parts, like sensor data."""
    g = np.random.default_rng(seed)
    t = np.arange(length)[:, None]
    return np.cumsum(g.normal(size=(length, channels)), axis=0) + 10 * np.sin(t / 25.0)
