"""`stampcodec refit`: fit a codebook of another size to a trained model."""

from __future__ import annotations

import argparse
import sys
import time

from stampcodec.cli.common import DATA_HELP

NAME = "refit"
SUMMARY = "fit a codebook of another size to a trained model"
DESCRIPTION = """\
Write a copy of a model bundle whose codebook has V codewords, fitted by k-means to the
model's own encoder activations on the data, in closed loop (each Lloyd iteration
re-encodes the data with the current codebook, so finer scales see the residual the new
coarse choices leave). Dictionary and encoder are kept, so one trained model yields the
whole rate ladder V = 32 ... 512 in seconds, without torch. The bundle's info records the
base model id and the fit's distortion per iteration.

examples:
  stampcodec refit single-v256.stamp --data seqcomb:single -V 64 -o single-v64.stamp
  stampcodec refit --data recordings/ -V 512 -o default-v512.stamp   # the default model"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", nargs="?", help="base model bundle (default: the bundled default model)")
    p.add_argument("--data", required=True, help=DATA_HELP + " (the SeqComb train split)")
    p.add_argument("-V", "--codebook-size", type=int, required=True, help="new vocabulary size")
    p.add_argument("-o", "--output", required=True, help="output bundle")
    p.add_argument("--iterations", type=int, default=8, help="closed-loop Lloyd iterations")
    p.add_argument("--max-rows", type=int, default=4000, help="encoder rows (windows x channels) sampled for the fit")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no per-iteration lines")


def run(args: argparse.Namespace) -> int:
    from stampcodec import bundle as bundle_io
    from stampcodec.atomic import check_output_path
    from stampcodec.codec import DEFAULT_MODEL
    from stampcodec.datasets.sources import load_windows
    from stampcodec.refit import refit_codebook

    out = check_output_path(args.output, args.force)
    base = bundle_io.load(args.model or DEFAULT_MODEL)
    w = load_windows(args.data, 256, normalize=base.config.normalization == "zscore", split="train", seed=args.seed)
    t0 = time.perf_counter()
    say = None if args.quiet else (lambda s: print(f"iteration {s.iteration}: z-space distortion {s.distortion:.5f}, "
                                                 f"{s.used} codewords used", file=sys.stderr))
    new = refit_codebook(base, w.x, args.codebook_size, args.iterations, args.max_rows, args.seed, on_step=say)
    new.info["refit"]["data"] = w.description
    new.info["refit"]["seconds"] = round(time.perf_counter() - t0, 1)
    bundle_io.save(new, out)
    print(f"wrote {out}: V={args.codebook_size} fitted to model {base.model_id} on {w.description} "
          f"in {time.perf_counter() - t0:.0f}s (model {new.model_id})")
    return 0
