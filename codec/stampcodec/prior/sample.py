"""Sampling token rows from a prior (the generator of seeds 001/004): coarse scale first, each
token drawn from the prior given what was drawn before it. Every row of a batch advances one
coding position per step, so n rows cost as many network calls as one.

Unconditional: every scale is drawn. Conditional: the coarse scale (or the first k scales) is
given -- a recording's own coarse tokens, say -- and only the finer ones are drawn, so the
sample keeps the given shape and invents the detail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from stampcodec.errors import ConfigError
from stampcodec.prior.bundle import TokenPrior
from stampcodec.prior.model import gather_slots, row_structure, token_keys

if TYPE_CHECKING:
    from stampcodec.codec import Codec
    from stampcodec.tokens import Tokens


def sample_rows(prior: TokenPrior, n: int, blocks: int, rng: np.random.Generator, temperature: float = 1.0,
                given: list[np.ndarray] | None = None) -> list[np.ndarray]:
    """n rows of `blocks` blocks -> tokens per scale, (n, n_s) int64 each. given: the first
    len(given) scales, (n, n_s) each, kept as they are."""
    if not temperature > 0:
        raise ConfigError(f"temperature must be positive, got {temperature}")
    cfg = prior.config
    st = row_structure(cfg, blocks)
    v, n_scales = cfg.codebook_size, len(cfg.scales)
    tokens = np.full((n, int(st.offsets[-1])), -1, dtype=np.int64)
    start = 0
    for s, g in enumerate(given or []):
        a, b = st.offsets[s], st.offsets[s + 1]
        g = np.asarray(g, dtype=np.int64)
        if g.shape != (n, b - a) or (g.size and (g.min() < 0 or g.max() >= v)):
            raise ConfigError(f"given scale {s + 1}: expected ({n}, {b - a}) tokens in [0, {v}), got {g.shape}")
        tokens[:, a:b] = g
        start = int(b)
    net = prior.net
    keys = token_keys(st, tokens, v)
    for t in range(start, tokens.shape[1]):
        keyed = gather_slots(keys, st.slots[t])  # (n, K)
        logits = net.logits(np.full(n, st.kind[t]), keyed, np.broadcast_to(st.rel[t], keyed.shape))
        z = logits / temperature
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        u = rng.random((n, 1))
        tokens[:, t] = np.minimum((np.cumsum(p, axis=1) < u).sum(axis=1), v - 1)
        keys[:, t] = st.kind[t] * v + tokens[:, t]
    return [tokens[:, st.offsets[s]:st.offsets[s + 1]] for s in range(n_scales)]


def sample_windows(codec: Codec, prior: TokenPrior, n: int, length: int, rng: np.random.Generator,
                   temperature: float = 1.0, batch: int = 1024) -> np.ndarray:
    """n new windows of `length` samples, (n, C, length) float64 in normalized units (what the
    model codes: z-scored windows). C is 1 for an independent model (its rows are channels
    drawn alike), the model's channel count for a joint one."""
    from stampcodec.tokens import WindowTokens, detokenize_windows

    prior.require_model(codec.model_id)
    if n < 1 or length < 1:
        raise ConfigError(f"need at least one window of at least one sample, got n={n}, length={length}")
    cfg = codec.config
    blocks = -(-length // cfg.block)
    channels = 1 if cfg.mode == "independent" else cfg.channels
    out = np.empty((n, channels, length))
    for a in range(0, n, batch):
        m = min(batch, n - a)
        ids = sample_rows(prior, m, blocks, rng, temperature)
        wt = WindowTokens([t[:, None, :] for t in ids], np.zeros((m, channels)), np.ones((m, channels)), length,
                          codec.model_id)
        out[a:a + m] = detokenize_windows(codec, wt)
    return out


def resample_tokens(codec: Codec, prior: TokenPrior, tok: Tokens, given: int, rng: np.random.Generator,
                    temperature: float = 1.0) -> Tokens:
    """A recording's tokens with every scale past the first `given` drawn anew from the prior,
    conditioned on the given ones (row by row, frame by frame)."""
    import dataclasses

    prior.require_model(codec.model_id)
    if tok.model_id != codec.model_id:
        raise ConfigError(f"these tokens come from model {tok.model_id}, not {codec.model_id}")
    if not 1 <= given < len(tok.scales):
        raise ConfigError(f"given scales must be between 1 and {len(tok.scales) - 1}, got {given}")
    starts = [np.concatenate([[0], np.cumsum(tok.frame_tokens(s))]) for s in range(len(tok.scales))]
    ids = [a.copy() for a in tok.ids]
    for f in range(tok.n_frames):
        blocks = int(starts[0][f + 1] - starts[0][f])
        kept = [tok.ids[s][:, starts[s][f]:starts[s][f + 1]] for s in range(given)]
        drawn = sample_rows(prior, tok.ids[0].shape[0], blocks, rng, temperature, kept)
        for s in range(given, len(tok.scales)):
            ids[s][:, starts[s][f]:starts[s][f + 1]] = drawn[s]
    return dataclasses.replace(tok, ids=ids, motifs=None)

