"""Token counts and rates.

Two rates are reported everywhere, never mixed up:
- nominal rate, App. E.1 of the paper: sum_s 2 log2(V) / (s L) bits per timestep (per channel);
- token rate: the tokens actually emitted for a signal of T samples (after padding to a whole
  number of coarsest-scale blocks) times ceil(log2 V), divided by T. The real rate of a token
  file (file bytes x 8 / samples) adds headers and framing on top; it lives with the container.
"""

from __future__ import annotations

import math

from stampcodec.config import StampConfig


def nominal_bpt(cfg: StampConfig) -> float:
    """App. E.1: bits per timestep per channel (per timestep of the whole signal in joint mode)."""
    per_scale = sum(2.0 / (s * cfg.atom_length) for s in cfg.scales)
    bpt = per_scale * math.log2(cfg.codebook_size)
    # Joint mode spends one token stream on all C channels; express it per channel-sample
    # so the two modes are comparable (the paper's Table 2 lists the same R for both).
    return bpt / cfg.atom_channels


def padded_length(cfg: StampConfig, length: int) -> int:
    """Length the encoder pads a signal to: a whole number of coarsest-scale blocks."""
    if length <= 0:
        raise ValueError(f"length must be positive, got {length}")
    b = cfg.block
    return -(-length // b) * b


def tokens_per_scale(cfg: StampConfig, length: int) -> list[int]:
    """Tokens one stream carries at each scale for a signal of `length` samples."""
    tp = padded_length(cfg, length)
    return [tp // (s * cfg.hop) for s in cfg.scales]


def token_bpt(cfg: StampConfig, length: int) -> float:
    """Bits per channel-sample for the tokens actually emitted for a signal of this length."""
    n = sum(tokens_per_scale(cfg, length))
    return n * cfg.bits_per_token / (length * cfg.atom_channels)
