"""What several commands share: the data-spec help, warnings."""

from __future__ import annotations

import sys

DATA_HELP = ("data spec: seqcomb:VARIANT[:N] (single, mv, mvirreg, spikes; N samples, default 10000), "
             "a .npy file ((T, C) recording or (N, C, T) windows), a .csv file (rows = time), or a folder of them")


def warn(message: str) -> None:
    print(f"stampcodec: warning: {message}", file=sys.stderr)
