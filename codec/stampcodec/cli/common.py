"""What several commands share: the data-spec help, warnings."""

from __future__ import annotations

import sys
from typing import BinaryIO

from stampcodec.errors import StampError

DATA_HELP = ("data spec: seqcomb:VARIANT[:N] (single, mv, mvirreg, spikes; N samples, default 10000), "
             "a .npy file ((T, C) recording or (N, C, T) windows), a .csv file (rows = time), or a folder of them")


def warn(message: str) -> None:
    print(f"stampcodec: warning: {message}", file=sys.stderr)


def open_input(path: str) -> tuple[BinaryIO, str]:
    """A binary input file, or standard input for "-", and the name to use in messages."""
    try:
        return (sys.stdin.buffer, "<stdin>") if path == "-" else (open(path, "rb"), path)
    except FileNotFoundError:
        raise StampError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise StampError(f"{path}: is a directory") from None
