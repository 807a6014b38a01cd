"""Cutting a token file to fewer scales without running the encoder again.

Version 2 frames carry one segment per scale, coarse first, so keeping the first N segments of
every frame (and saying N in the header) leaves a valid file at a lower rate: the decoder sums
the N coarsest tiers, as `decode --scales N` does on the whole file. Version 1 files are first
rewritten as version 2 (their tokens regrouped by scale and entropy coded): the tokens, and so
the decoded signal at every N, do not change.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from typing import BinaryIO

from stampcodec import container
from stampcodec.container import ContainerError, Header
from stampcodec.errors import ConfigError

CODED_AT = 37  # version 2 header: the coded-scales byte


def frames_v2(f: BinaryIO, h: Header, where: str):
    """Each frame of an open file (just after its header) as version 2 parts."""
    h2 = v2_header(h)
    for i in range(h.n_frames):
        raw = container.read_frame_bytes(f, h, i, where)
        if h.version == 2:
            yield container.frame_parts(raw, h)
        else:
            tokens, missing = container.parse_frame_rows(raw, h, i, where)
            rebuilt = container.write_frame(h2, tokens, missing)
            yield container.frame_parts(rebuilt, h2)
    if f.read(1):
        raise ContainerError(f"{where}: unexpected bytes after the last frame ({h.n_frames} frames)")


def v2_header(h: Header) -> Header:
    """The same recording described in version 2 (factors 1, every scale)."""
    return replace(h, version=2, coded_scales=h.n_coded, factors=h.factors or (1,) * h.channels, raw=b"")


def header_bytes(h: Header, keep: int) -> bytes:
    """h's header (version 2) saying that frames carry `keep` scales."""
    if h.version == 2 and h.raw:  # keep every other byte as it was
        head = bytearray(h.raw[:-4])
        head[CODED_AT] = keep
        return bytes(head) + struct.pack("<I", zlib.crc32(head))
    return replace(v2_header(h), coded_scales=keep).to_bytes()


def sizes(f: BinaryIO, h: Header, where: str) -> list[int]:
    """File bytes when keeping 1, 2, .. n_coded scales."""
    out = [len(header_bytes(h, k)) for k in range(1, h.n_coded + 1)]
    for parts in frames_v2(f, h, where):
        fixed = len(parts.head) + 4
        for k in range(h.n_coded):
            out[k] += fixed + sum(len(s) for s in parts.segments[:k + 1])
    return out


def scales_for_rate(sizes_by_scales: list[int], h: Header, bpt: float) -> int:
    """The most scales whose file stays within bpt bits per channel-sample."""
    samples = h.length * h.channels
    fits = [k + 1 for k, n in enumerate(sizes_by_scales) if 8 * n / samples <= bpt]
    if not fits:
        raise ConfigError(f"{bpt} bits per sample is below what the coarsest scale alone takes "
                          f"({8 * sizes_by_scales[0] / samples:.4f}); encode with a larger --resample factor")
    return fits[-1]


def truncate(f: BinaryIO, h: Header, keep: int, out: BinaryIO, where: str) -> int:
    """Write the file opened at f (after its header h) keeping `keep` scales; -> bytes written."""
    if not 1 <= keep <= h.n_coded:
        raise ConfigError(f"--scales must be between 1 and {h.n_coded} (the scales {where} carries), got {keep}")
    head = header_bytes(h, keep)
    out.write(head)
    n = len(head)
    for parts in frames_v2(f, h, where):
        frame = parts.join(keep)
        out.write(frame)
        n += len(frame)
    return n
