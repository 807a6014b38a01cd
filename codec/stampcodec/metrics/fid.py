"""App. E.4 FID: Frechet distance between feature distributions of a frozen extractor.

The extractor is the paper's: one Conv1d (kernel 64, stride 4, padding 32) with ReLU, a global
adaptive max-pool over time, and a 128-dim linear projection. It was trained once as a SeqComb
Single-vs-MV classifier on 256-step univariate windows (each MV channel is one window) by
`python -m stampcodec.train.fid_extractor`, and its weights ship in the package as
`fid_extractor.safetensors` (safetensors layout, loaded without pickle).

Features are computed here in numpy, so evaluation needs no torch. Inputs are univariate
windows (N, 256); multichannel data contribute one window per channel. Missing samples (NaN)
are filled by linear interpolation before feature extraction, in both distributions alike.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np

from stampcodec import tensorfile
from stampcodec.missing import fill_missing

FORMAT_NAME = "stampcodec-fid-extractor"
WINDOW = 256
KERNEL, STRIDE, PAD = 64, 4, 32


@lru_cache(maxsize=1)
def load_extractor() -> dict[str, np.ndarray]:
    ref = resources.files("stampcodec.metrics").joinpath("fid_extractor.safetensors")
    meta, t = tensorfile.loads(ref.read_bytes(), "fid_extractor.safetensors", FORMAT_NAME)
    return t


def features(windows: np.ndarray, weights: dict[str, np.ndarray] | None = None, batch: int = 512) -> np.ndarray:
    """(N, 256) univariate windows -> (N, 128) features."""
    w = weights or load_extractor()
    if windows.ndim != 2 or windows.shape[1] != WINDOW:
        raise ValueError(f"FID windows must be (N, {WINDOW}), got {windows.shape}")
    conv_w = w["conv.weight"][:, 0, :].astype(np.float64)  # (F, 64)
    conv_b, proj_w, proj_b = (w[k].astype(np.float64) for k in ("conv.bias", "proj.weight", "proj.bias"))
    out = []
    x = fill_missing(windows).astype(np.float64)
    for i in range(0, len(x), batch):
        xp = np.pad(x[i:i + batch], ((0, 0), (PAD, PAD)))
        frames = np.lib.stride_tricks.sliding_window_view(xp, KERNEL, axis=1)[:, ::STRIDE]  # (n, P, 64)
        h = np.maximum(frames @ conv_w.T + conv_b, 0.0).max(axis=1)
        out.append(h @ proj_w.T + proj_b)
    return np.concatenate(out)


def frechet_distance(f1: np.ndarray, f2: np.ndarray) -> float:
    """||mu1 - mu2||^2 + Tr(S1 + S2 - 2 (S1 S2)^(1/2)), with the trace of the matrix square root
    taken from the eigenvalues of S1^(1/2) S2 S1^(1/2) (symmetric PSD, so numerically sound)."""
    mu1, mu2 = f1.mean(0), f2.mean(0)
    s1, s2 = np.cov(f1, rowvar=False), np.cov(f2, rowvar=False)
    ev, vec = np.linalg.eigh(s1)
    r1 = (vec * np.sqrt(np.clip(ev, 0, None))) @ vec.T
    m = r1 @ s2 @ r1
    tr_sqrt = np.sqrt(np.clip(np.linalg.eigvalsh((m + m.T) / 2), 0, None)).sum()
    d = float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2.0 * tr_sqrt)
    return max(d, 0.0)  # identical sets give ~-1e-4 from rounding at trace ~1e3; a distance is >= 0


def to_windows(x: np.ndarray) -> np.ndarray:
    """(N, C, T) or (C, T) signals -> univariate 256-step windows (non-overlapping)."""
    a = x.reshape(-1, x.shape[-1])
    n = a.shape[1] // WINDOW
    if n == 0:
        raise ValueError(f"signals of {a.shape[1]} samples are shorter than one FID window ({WINDOW})")
    return a[:, :n * WINDOW].reshape(-1, WINDOW)


def fid(original: np.ndarray, decoded: np.ndarray) -> float:
    """FID between original and decoded signals (same shape, any channel count, T >= 256)."""
    return frechet_distance(features(to_windows(original)), features(to_windows(decoded)))
