"""Refit a model's codebook at another vocabulary size, keeping its dictionary and encoder.

This is how one trained model yields a whole rate ladder (the V axis of Table 2) without
training a model per V: the encoder's activations z already live in the space the codebook
quantizes, so a codebook of any size can be fitted to them by k-means. The fit runs in closed
loop, like encoding: at every Lloyd iteration the data are re-encoded with the current codebook,
so each scale's activations see the residual left by the coarser scales' new choices, and every
codeword moves to the mean of the activations it was chosen for.

Rows that are never chosen are reseeded on the activations with the largest quantization error.
Runs in numpy; no torch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from stampcodec.bundle import Bundle
from stampcodec.evaluate import padded_windows
from stampcodec.runtime.encoder import NumpyEncoder


@dataclass
class RefitStep:
    iteration: int
    distortion: float  # mean squared z-space quantization error over all scales
    used: int  # codewords chosen at least once


def _rows(bundle: Bundle, x: np.ndarray) -> np.ndarray:
    """Windows (N, C, T), NaN allowed -> encoder rows padded to a whole block."""
    filled = padded_windows(bundle.config, x)
    return bundle.config.layout.to_rows(filled)


def _with_codebook(bundle: Bundle, codebook: np.ndarray, info: dict[str, object]) -> Bundle:
    tensors = dict(bundle.tensors)
    tensors["codebook"] = codebook.astype(bundle.codebook.dtype)
    return Bundle(bundle.config.replace(codebook_size=len(codebook)), tensors, info)


def _kmeans_pp(z: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ seeding (Arthur and Vassilvitskii) on the rows of z."""
    centers = np.empty((k, z.shape[1]))
    centers[0] = z[rng.integers(len(z))]
    d2 = ((z - centers[0]) ** 2).sum(1)
    for i in range(1, k):
        centers[i] = z[rng.choice(len(z), p=d2 / d2.sum())] if d2.sum() > 0 else z[rng.integers(len(z))]
        d2 = np.minimum(d2, ((z - centers[i]) ** 2).sum(1))
    return centers


def _closed_loop_pass(bundle: Bundle, rows: np.ndarray, batch: int):
    """Encode every row; return per-codeword sums and counts of z, the error and all z seen."""
    enc = NumpyEncoder(bundle)
    v, k = bundle.codebook.shape
    sums, counts = np.zeros((v, k)), np.zeros(v)
    err, n, seen = 0.0, 0, []

    def collect(z: np.ndarray, idx: np.ndarray) -> None:
        nonlocal err, n
        zf, i = z.reshape(-1, k), idx.ravel()
        np.add.at(sums, i, zf)
        counts[:] += np.bincount(i, minlength=v)
        e = ((zf - enc.codebook[i]) ** 2).sum(1)
        err += float(e.sum())
        n += len(i)
        seen.append((zf, e))

    for b in range(0, len(rows), batch):
        enc.encode_rows(rows[b:b + batch], on_scale=collect)
    return sums, counts, err / max(n * k, 1), seen


def refit_codebook(bundle: Bundle, x: np.ndarray, size: int, iterations: int = 8, max_rows: int = 4000,
                   seed: int = 0, batch: int = 256,
                   on_step: Callable[[RefitStep], None] | None = None) -> Bundle:
    """A copy of `bundle` whose codebook has `size` codewords fitted to windows x (N, C, T)."""
    if size < 2:
        raise ValueError(f"codebook size must be at least 2, got {size}")
    rng = np.random.default_rng(seed)
    rows = _rows(bundle, x)
    if len(rows) > max_rows:
        rows = rows[np.sort(rng.choice(len(rows), max_rows, replace=False))]
    # Seed from the activations the base model produces in its own closed loop.
    _, _, _, seen = _closed_loop_pass(bundle, rows, batch)
    z = np.concatenate([s[0] for s in seen])
    if len(z) < size:
        raise ValueError(f"{len(z)} activations cannot seed {size} codewords: give more data")
    sample = z[rng.choice(len(z), min(len(z), 50 * size), replace=False)]
    codebook = _kmeans_pp(sample, size, rng)
    history: list[RefitStep] = []
    for it in range(1, iterations + 1):
        current = _with_codebook(bundle, codebook, {})
        sums, counts, err, seen = _closed_loop_pass(current, rows, batch)
        step = RefitStep(it, err, int((counts > 0).sum()))
        history.append(step)
        if on_step is not None:
            on_step(step)
        used = counts > 0
        codebook = codebook.copy()
        codebook[used] = sums[used] / counts[used, None]
        dead = np.flatnonzero(~used)
        if len(dead):
            zs = np.concatenate([s[0] for s in seen])
            es = np.concatenate([s[1] for s in seen])
            codebook[dead] = zs[np.argsort(es)[::-1][:len(dead)]]
    info = dict(bundle.info)
    info.update({
        "refit": {"base_model_id": bundle.model_id, "base_codebook_size": bundle.config.codebook_size,
                  "rows": int(len(rows)), "iterations": iterations, "seed": seed,
                  "history": [s.__dict__ for s in history]},
    })
    return _with_codebook(bundle, codebook, info)
