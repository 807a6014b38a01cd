"""Conditional decoding (seed 003): a token's reconstruction chosen given its neighbour, fitted
in closed form, no gradients.

Seed 003 dequantizes symbol j after symbol k to the mean of the samples that were coded j after
k (first-order Markov, M^2 values). Here the symbols are STAMP tokens at the finest scale, whose
cells are `hop` samples long: for every pair (previous token, token) seen at least `min_count`
times in the training recordings, the mean of the decoding error over the token's cell (a
vector of `hop` normalized samples) is added to the decoded signal there. The least-squares
optimum for that correction is exactly that mean, so the fit is one pass of sums and counts.
Pairs start afresh at each frame (the previous token of a frame's first is "none"), as the
encoder's frames do. Independent-mode models only (a joint row's cell spans every channel).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from stampcodec.errors import ConfigError, ContainerError
from stampcodec.tokens import Tokens

if TYPE_CHECKING:
    from stampcodec.codec import Codec

NONE = -1  # the "previous token" of a frame's first token


@dataclass
class ConditionalDecoding:
    model_id: str
    cell: int  # samples per finest-scale cell (the model's hop)
    pairs: np.ndarray  # (P, 2) int64: (previous token or NONE, token)
    corrections: np.ndarray  # (P, cell) float64, normalized units
    counts: np.ndarray  # (P,) cells each correction was averaged over

    def save(self, path: str | Path) -> None:
        np.savez(path, model_id=np.str_(self.model_id), cell=np.int64(self.cell), pairs=self.pairs,
                 corrections=self.corrections, counts=self.counts)

    @classmethod
    def load(cls, path: str | Path) -> "ConditionalDecoding":
        try:
            with np.load(path, allow_pickle=False) as z:
                cd = cls(str(z["model_id"]), int(z["cell"]), z["pairs"].astype(np.int64),
                         z["corrections"].astype(np.float64), z["counts"].astype(np.int64))
        except (ValueError, OSError, KeyError, EOFError) as e:
            raise ContainerError(f"{path}: not a conditional decoding table ({e})") from None
        p = len(cd.pairs)
        if cd.pairs.shape != (p, 2) or cd.corrections.shape != (p, cd.cell) or cd.counts.shape != (p,):
            raise ContainerError(f"{path}: table shapes {cd.pairs.shape}, {cd.corrections.shape}, {cd.counts.shape}")
        return cd


def _cells(tok: Tokens) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Finest-scale cells inside the recording: (previous token, token) pairs (rows, n), their
    start sample (n,), and whether each is inside the recording (n,)."""
    s = len(tok.scales) - 1
    if tok.scales[s] != 1 or tok.factor != 1:
        raise ConfigError("conditional decoding works on the finest scale at pooling 1 and resample 1")
    ids = tok.ids[s]
    prev = np.concatenate([np.full((ids.shape[0], 1), NONE), ids[:, :-1]], axis=1)
    firsts = np.cumsum([0] + tok.frame_tokens(s))[:-1]
    prev[:, firsts] = NONE  # a frame starts afresh
    start = tok.positions(s).astype(np.int64)
    inside = start + tok.hop <= tok.length
    return np.stack([prev, ids], axis=-1), start, inside


def _residual_cells(codec: "Codec", x: np.ndarray, tok: Tokens) -> tuple[np.ndarray, np.ndarray]:
    """Each (row, cell) pair and its decoding error in normalized units ((rows, n, hop))."""
    y = codec.detokenize(tok)
    std = np.where(tok.std > 0, tok.std, 1.0)
    err = ((np.asarray(x, dtype=np.float64).reshape(len(y), -1) - y) / std).T  # (C, T)
    pairs, start, inside = _cells(tok)
    idx = start[inside][:, None] + np.arange(tok.hop)
    return pairs[:, inside], err[:, idx]


def fit(codec: "Codec", recordings: list[np.ndarray], min_count: int = 8) -> ConditionalDecoding:
    """A table from (T, C) training recordings (NaN-free), coded by this codec."""
    if codec.config.mode != "independent":
        raise ConfigError("conditional decoding needs an independent-mode model")
    hop, v = codec.config.hop, codec.config.codebook_size
    key_sums = np.zeros(((v + 1) * v, hop))
    key_counts = np.zeros((v + 1) * v, dtype=np.int64)
    for x in recordings:
        x = np.asarray(x, dtype=np.float64).reshape(len(x), -1)
        if np.isnan(x).any():
            raise ConfigError("conditional decoding is fitted on recordings without gaps")
        tok = codec.tokenize(x)
        pairs, err = _residual_cells(codec, x, tok)
        keys = ((pairs[..., 0] + 1) * v + pairs[..., 1]).ravel()
        np.add.at(key_sums, keys, err.reshape(-1, hop))
        key_counts += np.bincount(keys, minlength=len(key_counts))
    keep = np.flatnonzero(key_counts >= min_count)
    pairs = np.stack([keep // v - 1, keep % v], axis=1)
    return ConditionalDecoding(codec.model_id, hop, pairs, key_sums[keep] / key_counts[keep, None], key_counts[keep])


def decode(codec: "Codec", tok: Tokens, cd: ConditionalDecoding) -> np.ndarray:
    """detokenize, each finest cell corrected by its pair's mean error where the table has one."""
    if cd.model_id != tok.model_id or cd.cell != tok.hop:
        raise ConfigError(f"a table for model {cd.model_id}, tokens of model {tok.model_id}")
    y = codec.detokenize(tok)
    v = codec.config.codebook_size
    pairs, start, inside = _cells(tok)
    lookup = np.full((v + 1) * v, -1, dtype=np.int64)
    lookup[(cd.pairs[:, 0] + 1) * v + cd.pairs[:, 1]] = np.arange(len(cd.pairs))
    std = np.where(tok.std > 0, tok.std, 0.0)
    for r in range(pairs.shape[0]):
        row = lookup[(pairs[r, :, 0] + 1) * v + pairs[r, :, 1]]
        hit = np.flatnonzero((row >= 0) & inside)
        idx = start[hit][:, None] + np.arange(cd.cell)
        y[idx, r] += cd.corrections[row[hit]] * std[r]
    for c, a, b in tok.gaps.tolist():
        y[a:b, c] = np.nan
    return y
