"""The token layout: the contract between a model, the encoder, the token file and every decoder.

A model and a file agree when their Layouts are equal. From (mode, V, L, scales, atom channels)
follow everything else, derived here once: the hop L/2, the block (the samples one coarsest
token covers), the bits per token, the tokens per block at each scale, the order of tokens in a
frame, and how a (C, T) signal becomes encoder rows: C rows of one channel (independent mode,
STAMP-I) or one row of C channels (joint mode, STAMP-J).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MODES = ("independent", "joint")


@dataclass(frozen=True)
class Layout:
    mode: str  # "independent" or "joint"
    codebook_size: int  # V
    atom_length: int  # L
    scales: tuple[int, ...]  # pooling factors, coarse to fine
    atom_channels: int = 1  # channels in one atom: 1 (independent) or C (joint)

    # --- sizes --------------------------------------------------------------------------
    @property
    def hop(self) -> int:
        """Token hop at the pooled rate: L/2."""
        return self.atom_length // 2

    @property
    def block(self) -> int:
        """Samples covered by one coarsest-scale token; frames are padded to whole blocks."""
        return max(self.scales) * self.hop

    @property
    def bits(self) -> int:
        """Bits of one packed token: ceil(log2 V)."""
        return max(1, (self.codebook_size - 1).bit_length())

    @property
    def tokens_per_block(self) -> tuple[int, ...]:
        """Tokens of one row in one block, per scale (coarse to fine)."""
        return tuple(max(self.scales) // s for s in self.scales)

    def rows(self, channels: int) -> int:
        """Token streams for a signal of this many channels: one per channel, or one for all."""
        return channels if self.mode == "independent" else 1

    def blocks(self, length: int) -> int:
        return -(-length // self.block)

    def padded(self, length: int) -> int:
        """The length the encoder pads a signal to: a whole number of blocks."""
        if length <= 0:
            raise ValueError(f"length must be positive, got {length}")
        return self.blocks(length) * self.block

    def tokens_per_scale(self, length: int) -> list[int]:
        """Tokens one row carries at each scale for `length` samples."""
        return [self.blocks(length) * q for q in self.tokens_per_block]

    def token_count(self, length: int, channels: int) -> int:
        """Tokens of a frame of `length` samples and `channels` channels."""
        return self.blocks(length) * self.rows(channels) * sum(self.tokens_per_block)

    def payload_bytes(self, length: int, channels: int) -> int:
        return (self.token_count(length, channels) * self.bits + 7) // 8

    # --- rates ----------------------------------------------------------------------------
    @property
    def nominal_bpt(self) -> float:
        """App. E.1: sum_s 2 log2(V) / (s L) bits per timestep, per channel-sample (a joint
        stream serves all its channels, so the two modes compare)."""
        per_scale = sum(2.0 / (s * self.atom_length) for s in self.scales)
        return per_scale * math.log2(self.codebook_size) / self.atom_channels

    def token_bpt(self, length: int) -> float:
        """Bits per channel-sample of the tokens emitted for `length` samples (padding included)."""
        return sum(self.tokens_per_scale(length)) * self.bits / (length * self.atom_channels)

    # --- token order and rows -------------------------------------------------------------
    def token_order(self, blocks: int, rows: int) -> list[np.ndarray]:
        """For each scale, the positions in a frame's flat token sequence of its (rows, n_s)
        tokens: block by block, then row, then scale, then time (docs/FORMAT.md, "Tokens")."""
        per_row = sum(self.tokens_per_block)
        out, offset = [], 0
        for q in self.tokens_per_block:
            t = np.arange(blocks * q)
            r = np.arange(rows)[:, None]
            out.append((t // q) * rows * per_row + r * per_row + offset + t % q)
            offset += q
        return out

    def to_rows(self, x: np.ndarray) -> np.ndarray:
        """(..., C, T) signals -> (R, atom channels, T) encoder rows."""
        c, t = x.shape[-2:]
        return x.reshape(-1, 1, t) if self.mode == "independent" else x.reshape(-1, c, t)

    def from_rows(self, rows: np.ndarray, channels: int) -> np.ndarray:
        """(R, atom channels, T) rows -> (N, C, T) signals of `channels` channels."""
        return rows.reshape(-1, channels, rows.shape[-1])


def pad_blocks(x: np.ndarray, block: int) -> np.ndarray:
    """(..., n) -> (..., whole blocks), repeating the last sample (the encoder's padding)."""
    pad = -x.shape[-1] % block
    return np.concatenate([x, np.repeat(x[..., -1:], pad, axis=-1)], axis=-1) if pad else x
