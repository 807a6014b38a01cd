"""`stampcodec tokens`: a recording's STAMP tokens as arrays for models (.npz), and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "tokens"
SUMMARY = "a recording's tokens as arrays for models (.npz), and back"
DESCRIPTION = """\
Write the STAMP tokens of a CSV or NPY recording as an .npz of plain arrays (no pickles) for
training models on them, or turn such an .npz back into a recording. The direction follows
the input: a recording gives tokens, an .npz of tokens gives a recording (CSV, or NPY by the
output's name).

The .npz holds, for each scale s (coarse first), ids_s (rows x n: codebook indices; one row
per channel, or one for all channels with a joint model) and missing_s (True where the
token's cell holds no observed sample), and scales, hop, factor, frame_samples, length,
mean and std (the z-score statistics), columns, sample_rate, gaps (channel, start, stop runs
of missing samples) and model_id. Token j of scale s in a frame covers hop x s coded samples
from j x hop x s; docs/TOKENS.md explains the layout and how to cut windows for a data set.
They are the tokens `stampcodec encode --resample R` puts in a token file, before entropy
coding.

examples:
  stampcodec tokens imu.csv -o imu.npz
  stampcodec tokens imu.npz -o imu.decoded.csv
  stampcodec tokens ecg.npy -o ecg.npz --resample 4"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", help="CSV or NPY recording, or a tokens .npz")
    p.add_argument("-o", "--output", required=True, help=".npz to write (from a recording), or CSV/.npy (from tokens)")
    p.add_argument("--model", help="model bundle (default: the bundled default model)")
    p.add_argument("--resample", type=float, default=1.0,
                   help="code at 1/R of the rate (a multiple of 1/16 from 1 to 255; one factor for every channel)")
    p.add_argument("--frame-samples", type=int, help="samples per frame, the encoder's context (default: as encode)")
    p.add_argument("--time-column", help="name or 0-based index of the time column (default: detected)")
    p.add_argument("--columns", help="comma-separated signal columns, by name or 0-based index")
    p.add_argument("--exclude", help="comma-separated columns to leave out")
    p.add_argument("--time-axis", type=int, choices=[0, 1], help="NPY: the axis that is time")
    p.add_argument("--motifs", help="a motifs file (stampcodec bpe fit): also store the motif symbols "
                                     "(motif_symbols, motif_lengths)")
    p.add_argument("--scales", type=int, help="from tokens: decode only the N coarsest scales")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary line")


def run(args: argparse.Namespace) -> int:
    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.codec import Codec
    from stampcodec.errors import StampError

    if args.input == "-":
        raise StampError("tokens reads a file, not standard input (a recording is read twice)")
    src = Path(args.input)
    if not src.is_file():
        raise StampError(f"{src}: file not found" if not src.exists() else f"{src}: not a file")
    out = check_output_path(args.output, args.force, inputs=[args.input])
    codec = Codec.load(args.model, "numpy")
    with open(src, "rb") as f:
        from_tokens = f.read(4) == b"PK\x03\x04"  # an .npz is a zip archive
    if from_tokens:
        return _to_recording(codec, src, out, args, atomic_output)
    if not str(out).lower().endswith(".npz"):
        raise StampError(f"{out}: tokens are written as .npz (name the output so)")
    from stampcodec.cli.encode import _names
    from stampcodec.streams import open_source

    tcol = int(args.time_column) if args.time_column and args.time_column.isdigit() else args.time_column
    source = open_source(src, tcol, _names(args.columns), _names(args.exclude), args.time_axis)
    motifs = None
    if args.motifs:
        from stampcodec.motifs import Motifs

        motifs = Motifs.load(args.motifs)
    tok = codec.tokenize(source, resample=args.resample, frame_samples=args.frame_samples, motifs=motifs,
                         progress=not args.quiet)
    with atomic_output(out) as g:
        tok.save(g)
    if not args.quiet:
        counts = ", ".join(f"scale {s}: {ids.size}" for s, ids in zip(tok.scales, tok.ids)) + " tokens"
        if tok.motifs is not None:
            counts += f"; {sum(len(m) for m in tok.motifs)} motif symbols"
        print(f"{src}: {tok.length} samples x {tok.channels} channels -> {out} ({counts})", file=sys.stderr)
    return 0


def _to_recording(codec, src: Path, out: Path, args: argparse.Namespace, atomic_output) -> int:
    import numpy as np

    from stampcodec import container
    from stampcodec.csvio import CsvSink
    from stampcodec.tokens import Tokens

    tok = Tokens.load(src)
    y = codec.detokenize(tok, scales=args.scales)
    with atomic_output(out) as g:
        if str(out).lower().endswith(".npy"):
            np.save(g, y)
        else:  # the CSV writer wants a header: the recording as a token file would describe it
            h = container.Header(model_id=tok.model_id, mode=tok.mode, codebook_size=codec.config.codebook_size,
                                 atom_length=2 * tok.hop, scales=tok.scales, channels=tok.channels,
                                 frame_samples=tok.frame_samples, length=tok.length,
                                 columns=tok.columns or [f"ch{i}" for i in range(tok.channels)])
            sink = CsvSink(g, h, with_time=False)
            sink.write(y)
    if not args.quiet:
        print(f"{src}: {tok.length} samples x {tok.channels} channels -> {out}", file=sys.stderr)
    return 0
