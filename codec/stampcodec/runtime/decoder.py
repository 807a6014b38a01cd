"""Decoding: tokens -> samples, a pure function of (tokens, codebook, dictionary, config).

Per scale s (docs/MODEL.md, "Decoding"): each token t adds the codeword waveform
W[v] = codebook[v] @ dictionary (atom_channels x L) at pooled position t*L/2 - L/4; the tier
is then upsampled by s with linear interpolation (half-pixel centres, edges clamped) and the
tiers are summed. Because the hop is exactly L/2, every waveform is two half-atoms that land on
consecutive hop slots, so overlap-add is two vectorised additions instead of a loop.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from stampcodec.bundle import Bundle
from stampcodec.config import StampConfig


def with_silence(waves: np.ndarray) -> np.ndarray:
    """waves (V, Ca, L) and one more, all zero: row V is a skipped token (stampcodec.budget)."""
    return np.concatenate([waves, np.zeros((1,) + waves.shape[1:], waves.dtype)])


def codeword_waves(bundle: Bundle) -> np.ndarray:
    """(V, atom_channels, L) float32: the waveform each token stands for (computed in float64)."""
    return np.einsum("vk,kcl->vcl", bundle.codebook.astype(np.float64),
                     bundle.dictionary.astype(np.float64)).astype(np.float32)


@lru_cache(maxsize=64)
def _upsample_plan(n: int, s: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Source indices and weights for half-pixel linear upsampling of n samples by s."""
    pos = np.clip((np.arange(n * s) + 0.5) / s - 0.5, 0.0, n - 1)
    i0 = np.floor(pos).astype(np.intp)
    i1 = np.minimum(i0 + 1, n - 1)
    f = (pos - i0).astype(np.float32)
    return i0, i1, f


def synthesize_tier(tokens: np.ndarray, waves: np.ndarray, hop: int, scale: int) -> np.ndarray:
    """tokens (R, n) -> one tier (R, atom_channels, n * hop * scale), in the waveforms' dtype."""
    r, n = tokens.shape
    _, ca, _ = waves.shape
    w = waves[tokens]  # (R, n, Ca, L)
    slots = np.zeros((r, n + 1, ca, hop), dtype=waves.dtype)
    slots[:, :n] += w[..., :hop]
    slots[:, 1:] += w[..., hop:]
    return finish_tier(slots.transpose(0, 2, 1, 3).reshape(r, ca, (n + 1) * hop), n, hop, scale)


def finish_tier(line: np.ndarray, n: int, hop: int, scale: int) -> np.ndarray:
    """The overlap-add line (R, Ca, (n+1) hop) of n tokens -> the tier: drop L/4 = hop/2 on the
    left (the transposed convolution's padding), keep n hop samples, upsample by `scale`."""
    pooled = line[:, :, hop // 2:hop // 2 + n * hop]
    if scale == 1:
        return np.ascontiguousarray(pooled)
    return upsample(pooled, scale)


def upsample(pooled: np.ndarray, scale: int) -> np.ndarray:
    """(..., P) -> (..., P * scale): a + (b - a) w over the half-pixel plan. For a power-of-two
    scale each phase j of the output has one weight and reads neighbouring pooled samples, so
    it is computed by slicing, with the values and operations of the gather (the same bits);
    the first and last period, where the plan clamps, and other scales use the gather."""
    p = pooled.shape[-1]
    i0, i1, f = _upsample_plan(p, scale)
    w = f.astype(pooled.dtype, copy=False)
    if scale & (scale - 1) or p < 3:
        a = pooled[..., i0]
        return a + (pooled[..., i1] - a) * w
    out = np.empty(pooled.shape[:-1] + (p, scale), dtype=pooled.dtype)
    lo = pooled[..., :-1]
    step = pooled[..., 1:] - lo
    for j in range(scale):
        # phase j's interior samples mix (k-1, k) when they sit left of pooled sample k, else (k, k+1)
        left = i0[scale + j] < 1
        dst = out[..., 1:, j] if left else out[..., :-1, j]
        np.multiply(step, w[scale + j], out=dst)
        dst += lo
    flat = out.reshape(pooled.shape[:-1] + (p * scale,))
    for edge in (slice(0, scale), slice((p - 1) * scale, p * scale)):
        a = pooled[..., i0[edge]]
        flat[..., edge] = a + (pooled[..., i1[edge]] - a) * w[edge]
    return flat


class NumpyDecoder:
    """Decode rows of tokens with a bundle's codebook and dictionary."""

    skips = True  # decodes the skip symbol V (stampcodec.budget) as silence

    def __init__(self, bundle: Bundle, options: object = None) -> None:
        self.config: StampConfig = bundle.config
        self.waves = codeword_waves(bundle)
        self._waves_skip = with_silence(self.waves)

    def decode_rows(self, tokens: list[np.ndarray], length: int, scales: int | None = None) -> np.ndarray:
        """tokens per scale, each (R, n_s) -> (R, atom_channels, length) float32. `scales` keeps only
        the first (coarsest) tiers, the paper's coarse-only preview."""
        cfg = self.config
        use = len(cfg.scales) if scales is None else scales
        if not 1 <= use <= len(cfg.scales):
            raise ValueError(f"scales must be in [1, {len(cfg.scales)}], got {use}")
        total: np.ndarray | None = None
        for s, tok in list(zip(cfg.scales, tokens))[:use]:
            tier = synthesize_tier(np.asarray(tok), self._waves_skip, cfg.hop, s)
            total = tier if total is None else total + tier
        assert total is not None
        return total[..., :length]
