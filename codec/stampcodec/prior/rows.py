"""Token rows: what a prior is trained on and predicts. A row is one channel (independent
models; one row for all channels in joint mode) of one frame: its tokens per scale, coarse
first. Recordings give a row per frame and channel; windows a row per window and channel."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from stampcodec.tokens import Tokens, WindowTokens


def token_rows(tok: Tokens | WindowTokens) -> list[list[np.ndarray]]:
    if hasattr(tok, "frame_tokens"):
        starts = [np.concatenate([[0], np.cumsum(tok.frame_tokens(s))]) for s in range(len(tok.scales))]
        return [[tok.ids[s][r, starts[s][f]:starts[s][f + 1]] for s in range(len(tok.scales))]
                for f in range(tok.n_frames) for r in range(tok.ids[0].shape[0])]
    n, rows = tok.ids[0].shape[:2]
    return [[ids[i, r] for ids in tok.ids] for i in range(n) for r in range(rows)]
