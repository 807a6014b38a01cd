"""`stampcodec truncate`: keep a token file's coarsest scales (a lower rate, no re-encoding)."""

from __future__ import annotations

import argparse
import sys

NAME = "truncate"
SUMMARY = "cut a token file to its coarsest scales: a lower rate without encoding again"
DESCRIPTION = """\
Write a copy of a token file that keeps only the N coarsest scales of every frame
(docs/FORMAT.md, "Truncation"). Version 2 frames hold one segment per scale, coarse first,
so this copies bytes and rewrites CRCs; the encoder does not run and the kept tokens do not
change: decoding the copy equals `stampcodec decode --scales N` on the original. A version 1
file is rewritten as version 2 on the way (its tokens regrouped by scale and entropy coded).

Give --scales N, or --bpt R for the most scales whose file (headers included) takes at most
R bits per sample and channel. The output is written to a temporary file and renamed into
place.

examples:
  stampcodec truncate imu.tokens -o imu-coarse.tokens --scales 1
  stampcodec truncate imu.tokens -o imu-small.tokens --bpt 0.1"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", help="token file (not standard input: --bpt reads it twice)")
    p.add_argument("-o", "--output", required=True, help="token file to write (- for standard output)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--scales", type=int, help="keep the N coarsest scales")
    which.add_argument("--bpt", type=float, help="keep the most scales that fit R bits per sample and channel")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no summary line")


def run(args: argparse.Namespace) -> int:
    from stampcodec import container, truncate
    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.cli.common import open_input
    from stampcodec.errors import StampError

    if args.input == "-":
        raise StampError("truncate reads a file, not standard input")
    out = check_output_path(args.output, args.force, inputs=[args.input])
    f, where = open_input(args.input)
    with f:
        h = container.read_header(f, where)
        if h.bounds is not None:
            raise StampError(f"{where}: an error-bounded file (encode --max-error) has no token scales to drop; "
                             "encode again with a larger --max-error, or with --bpt, for a smaller file")
        start = f.tell()
        keep = args.scales
        if args.bpt is not None:
            keep = truncate.scales_for_rate(truncate.sizes(f, h, where), h, args.bpt)
            f.seek(start)
        with atomic_output(out) as o:
            n = truncate.truncate(f, h, keep, o, where)
    if not args.quiet and str(out) != "-":
        print(f"{args.input}: kept {keep} of {h.n_coded} scales -> {out} ({n} bytes, "
              f"{8 * n / (h.length * h.channels):.4f} bits per sample)", file=sys.stderr)
    return 0
