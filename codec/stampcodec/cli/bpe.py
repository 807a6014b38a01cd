"""`stampcodec bpe`: motif tokens, byte-pair merges learnt over STAMP tokens (seed 003)."""

from __future__ import annotations

import argparse
import sys

from stampcodec.cli.common import DATA_HELP

NAME = "bpe"
SUMMARY = "learn motif tokens: byte-pair merges over STAMP tokens"
DESCRIPTION = """\
stampcodec bpe fit DATA -o motifs.json --vocab N

Tokenize DATA with the model (recordings whole, or SeqComb's train windows one by one),
then learn byte-pair merges over the token sequences until the vocabulary holds N symbols
(the codebook's V tokens plus N - V motifs) or no pair of symbols occurs twice. A motif is
a run of tokens that recurs: a quiet or repetitive stretch then costs a model one token
instead of many. Merges are lossless (a motif expands to its tokens) and never cross a
frame or a row.

--stream scales merges within each scale's sequence (one table for every scale: STAMP's
codebook is shared); --stream interleaved merges in one sequence per row, block by block
and coarse to fine, so a motif can join a coarse token to the finer ones under it.

Apply the motifs with `stampcodec tokens IN -o t.npz --motifs motifs.json` or
Codec.tokenize(x, motifs=stampcodec.motifs.Motifs.load(path)). The JSON file lists the
merges in order (symbol V + i is merge i) with their counts.

examples:
  stampcodec bpe fit recordings/ -o motifs.json --vocab 1024
  stampcodec bpe fit seqcomb:single -o single.json --vocab 4096 --stream interleaved"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["fit"], help="fit: learn merges from DATA")
    p.add_argument("data", help=DATA_HELP)
    p.add_argument("-o", "--output", required=True, help="motifs file to write (JSON)")
    p.add_argument("--vocab", type=int, required=True, help="symbols in all: the codebook's V plus the motifs")
    p.add_argument("--stream", choices=["scales", "interleaved"], default="scales", help="what merges run within")
    p.add_argument("--model", help="model bundle (default: the bundled default model)")
    p.add_argument("--resample", type=float, default=1.0, help="recordings: code at 1/R of the rate, as `tokens`")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no summary line")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from stampcodec import motifs
    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.codec import Codec
    from stampcodec.datasets.sources import recordings, load_windows, parse_data_spec
    from stampcodec.tokens import tokenize_windows

    out = check_output_path(args.output, args.force)
    codec = Codec.load(args.model, "numpy")
    spec = parse_data_spec(args.data)
    if spec.seqcomb is not None:
        toks = [tokenize_windows(codec, load_windows(args.data, split="train").x)]
    else:
        toks = [codec.tokenize(rec.T, resample=args.resample) for rec in recordings(Path(args.data))]
    m = motifs.learn(toks, args.vocab, codec.config.codebook_size, args.stream)
    with atomic_output(out) as f:
        f.write(motifs.dumps(m).encode())
    if not args.quiet:
        lengths = m.lengths()[m.base:]
        longest = int(lengths.max()) if lengths.size else 1
        print(f"{args.data}: {len(m.merges)} motifs ({m.vocab} symbols, longest {longest} tokens) -> {out}",
              file=sys.stderr)
    return 0
