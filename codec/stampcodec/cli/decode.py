"""`stampcodec decode`: decode tokens into a recording."""

from __future__ import annotations

import argparse
import sys

from stampcodec.cli.common import open_input
from stampcodec.errors import StampError
from stampcodec.runtime.backends import AUTO, DECODERS, TFLITE_VARIANTS

NAME = "decode"
SUMMARY = "decode tokens into a recording"
DESCRIPTION = """\
Decode a token file into CSV or NPY: the original length, channel names and units;
missing samples come back as nan. A time column is written when the input had one: the
exact time stamps when the file keeps them (encode --keep-time), else evenly spaced from
the first one at the sample rate the encoder stored.

--scales N decodes only the N coarsest scales: a smoother preview (the paper's
coarse-only decoding) from the same file.

A file encoded with --prior P needs the same prior file (--prior P; the header names its
id) and is decoded in Python whatever --backend says: its tokens come out of the prior one
at a time (about 0.1 ms each), then the chosen row decoder (numpy) sums them.

A file output appears only when the whole token file decoded (temporary file, then
rename). Standard output (-o -), a FIFO or a device is a stream: frames before a damaged
one have already been written when the error is reported. Memory is bounded by one
frame (at most 2^21 samples), whatever a header claims.

examples:
  stampcodec decode imu.tokens -o imu.decoded.csv
  stampcodec decode imu.tokens -o imu.npy --scales 1
  stampcodec decode - -o - < imu.tokens | head"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", help="token file, or - for standard input")
    p.add_argument("-o", "--output", required=True, help="CSV or .npy file to write (- for CSV on standard output)")
    p.add_argument("--model", help="model bundle the file was encoded with (default: the bundled default model)")
    p.add_argument("--format", choices=["csv", "npy"], help="output format (default: from the output name, CSV unless .npy)")
    p.add_argument("--prior", metavar="P", help="the token prior the file was encoded with (encode --prior)")
    p.add_argument("--scales", type=int, help="decode only the first N (coarsest) scales")
    p.add_argument("--no-time", action="store_true", help="do not write a time column")
    p.add_argument("--backend", choices=[AUTO, *DECODERS], default=AUTO,
                   help="decoder: native (C), numpy, onnx or tflite (graphs in --export-dir), torch (PyTorch eager); "
                        "auto = native if built, else numpy")
    p.add_argument("--export-dir", help="folder written by `stampcodec export --format onnx|tflite`")
    p.add_argument("--tflite-variant", choices=TFLITE_VARIANTS, default="f32", help="which TFLite decoder weights to use")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary line")


def run(args: argparse.Namespace) -> int:
    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.codec import Codec
    from stampcodec.csvio import CsvSink
    from stampcodec.streams import NpySink

    out = check_output_path(args.output, args.force, inputs=[args.input])
    fmt = args.format or ("npy" if str(out).lower().endswith(".npy") else "csv")
    if fmt == "npy" and str(out) == "-":
        raise StampError("NPY output needs a file name (standard output gets CSV)")
    codec = Codec.load(args.model, args.backend, export_dir=args.export_dir, tflite_variant=args.tflite_variant,
                       prior=args.prior)
    f, where = open_input(args.input)
    with f:
        h, frames = codec.decode_stamped_from(f, where, args.scales, progress=not args.quiet)
        if h.kept_time is not None and fmt == "npy" and not args.quiet:
            from stampcodec.cli.common import warn

            warn(f"{where} keeps exact time stamps; a .npy has no time column (decode to CSV to get them)")
        with atomic_output(out) as g:
            sink = NpySink(g, h) if fmt == "npy" else CsvSink(g, h, with_time=not args.no_time)
            for frame, ticks in frames:
                sink.write(frame, ticks)
    if not args.quiet and str(out) != "-":
        print(f"{args.input}: {h.length} samples x {h.channels} channels -> {out}", file=sys.stderr)
    return 0
