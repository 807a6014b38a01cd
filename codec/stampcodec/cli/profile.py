"""`stampcodec profile`: latency, memory and energy of every backend."""

from __future__ import annotations

import argparse
import json

from stampcodec.errors import StampError

NAME = "profile"
SUMMARY = "latency, memory and energy of every backend"
DESCRIPTION = """\
The STAMP paper's App. E.3 protocol for every decoder backend present (torch, numpy,
native float, native q15, onnx, tflite), each scale count (1, 2, 3: the coarse preview)
and the encoders, beside the SAX (w in {25, 50, 500}, a in {2, 4, 128}) and ABBA (fABBA,
tol in {1.0, 0.5, 0.1}) baselines: a T-sample univariate signal, 5 warm-up and 50 timed
calls of the operation alone. Reported: mean, median and p95 latency, samples/s, bits per
sample, MSE, peak RSS (each case in a fresh process with the high-water mark reset after
set-up), the decoder's footprint (tables + state) and energy per call from Zeus where RAPL
can be read ("unavailable" otherwise, never 0).

A backend that is not installed is listed as skipped. onnx and tflite need --export-dir.
--callgrind adds the C decoder's instructions per sample (valgrind).

examples:
  stampcodec profile --json profile.json --png profile.png
  stampcodec profile --backends native-float,native-q15 --no-baselines --callgrind"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--backends", default=",".join(["torch", "numpy", "native-float", "native-q15", "onnx", "tflite"]),
                   help="decoders to profile, comma-separated")
    p.add_argument("--encoders", default="numpy,native,onnx,torch", help="encoders to profile ('' for none)")
    p.add_argument("--no-baselines", action="store_true", help="skip SAX and ABBA")
    p.add_argument("--export-dir", help="folder from `stampcodec export --format onnx|tflite`")
    p.add_argument("--length", type=int, default=5000, help="samples in the profiled signal (the paper's T)")
    p.add_argument("--iterations", type=int, default=50, help="timed calls per case")
    p.add_argument("--warmup", type=int, default=5, help="untimed calls before them")
    p.add_argument("--json", help="write the results as JSON")
    p.add_argument("--png", help="write the latency/distortion plot (needs matplotlib)")
    p.add_argument("--callgrind", action="store_true", help="also count instructions per sample of the C decoder")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from stampcodec.atomic import check_output_path, write_atomic
    from stampcodec.profiling import runner
    from stampcodec.profiling.cases import DECODERS, ENCODERS

    for path in (args.json, args.png):
        if path:
            check_output_path(path, force=True)
    decoders = [b for b in args.backends.split(",") if b]
    encoders = [b for b in args.encoders.split(",") if b]
    bad = [b for b in decoders if b not in DECODERS] + [b for b in encoders if b not in ENCODERS]
    if bad:
        raise StampError(f"unknown backend(s) {', '.join(bad)}; decoders: {', '.join(DECODERS)}; encoders: {', '.join(ENCODERS)}")
    if args.length < 1 or args.iterations < 1 or args.warmup < 0:
        raise StampError("--length and --iterations must be positive, --warmup non-negative")
    specs = runner.plan(decoders, encoders, baselines=not args.no_baselines, export_dir=args.export_dir, length=args.length,
                        iterations=args.iterations, warmup=args.warmup)
    results = runner.run_all(specs, progress=not args.quiet)
    doc: dict = {"protocol": {"length": args.length, "warmup": args.warmup, "iterations": args.iterations}, "results": results,
                 "paper": runner.PAPER}
    print(runner.table(results))
    if args.callgrind:
        doc["callgrind_instructions_per_sample"] = runner.callgrind(args.length)
        print("callgrind, C decoder: " + ", ".join(f"{k} {v:.1f} instructions/sample"
                                                    for k, v in doc["callgrind_instructions_per_sample"].items()))
    if args.json:
        write_atomic(args.json, (json.dumps(doc, indent=2) + "\n").encode())
    if args.png:
        try:
            runner.plot(results, args.png)
        except ImportError:
            raise StampError("--png needs matplotlib: pip install 'stampcodec[profile]'") from None
    return 0
