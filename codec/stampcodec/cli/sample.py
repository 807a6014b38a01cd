"""`stampcodec sample`: draw signals from a token prior."""

from __future__ import annotations

import argparse
import sys

NAME = "sample"
SUMMARY = "draw new signals (or new detail for given coarse tokens) from a token prior"
DESCRIPTION = """\
stampcodec sample --prior prior.stamp -n N -o synth.npy [--length T]
stampcodec sample --prior prior.stamp --coarse tokens.npz -o detail.npy [--given K]

Unconditional: draw N token rows from the prior, coarse scale first, each token from the
prior's probabilities given the tokens drawn before it (--temperature below 1 sharpens
them), and decode them with the model. The output is an (N, C, T) float32 array in the
model's normalized units (z-scored windows; C is 1 for an independent model).

Conditional: --coarse takes a recording's tokens (`stampcodec tokens IN -o tokens.npz`),
keeps its K coarsest scales and draws the finer ones from the prior given them: the
recording's shape, with invented detail. The output is the decoded recording, (T, C)
float64 in its own units (NaN where it had gaps).

--seed fixes the draw (same seed, same numbers on the same machine).

examples:
  stampcodec sample --prior prior.stamp -n 1000 -o synth.npy
  stampcodec sample --prior prior.stamp -n 64 --length 4096 --temperature 0.8 -o long.npy
  stampcodec tokens walk.csv -o walk.npz && stampcodec sample --prior prior.stamp --coarse walk.npz -o walk2.npy"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--prior", required=True, help="token prior (.stamp, from `stampcodec prior train`)")
    p.add_argument("-o", "--output", required=True, help=".npy file to write")
    p.add_argument("-n", type=int, default=100, help="unconditional: windows to draw")
    p.add_argument("--length", type=int, default=1024, help="unconditional: samples per window")
    p.add_argument("--coarse", help="tokens .npz of a recording: keep its coarse scales, draw the rest")
    p.add_argument("--given", type=int, default=1, help="with --coarse: scales kept (coarsest first)")
    p.add_argument("--temperature", type=float, default=1.0, help="divides the logits: < 1 sharper, > 1 flatter")
    p.add_argument("--seed", type=int, default=0, help="seeds the draw (same seed, same samples on one machine)")
    p.add_argument("--model", help="model bundle (default: the bundled default model)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no summary line")


def run(args: argparse.Namespace) -> int:
    import numpy as np

    from stampcodec import prior as prior_io
    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.codec import Codec
    from stampcodec.errors import ConfigError
    from stampcodec.prior import sample

    out = check_output_path(args.output, args.force)
    if not str(out).endswith(".npy"):
        raise ConfigError(f"{out}: samples are written as .npy")
    codec = Codec.load(args.model, "numpy")
    p = prior_io.load(args.prior)
    rng = np.random.default_rng(args.seed)
    if args.coarse is not None:
        from stampcodec.tokens import Tokens

        tok = sample.resample_tokens(codec, p, Tokens.load(args.coarse), args.given, rng, args.temperature)
        y = codec.detokenize(tok)
    else:
        y = sample.sample_windows(codec, p, args.n, args.length, rng, args.temperature).astype(np.float32)
    with atomic_output(out) as f:
        np.save(f, y, allow_pickle=False)
    if not args.quiet:
        what = f"{args.coarse} with {args.given} scale(s) kept" if args.coarse else f"{args.n} windows"
        print(f"{what} drawn from prior {p.prior_id} -> {out} {tuple(y.shape)}", file=sys.stderr)
    return 0
