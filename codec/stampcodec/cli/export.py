"""`stampcodec export`: freeze a model for deployment."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stampcodec.errors import StampError

NAME = "export"
SUMMARY = "freeze a model for deployment"
DESCRIPTION = """\
Write a model in a deployable form.

--format c       a C header for the native decoder (native/include/stampdec.h): the codeword
                 waveforms as const float32 and/or Q15 tables, the layout, and an initializer,
                 STAMPDEC_MODEL_INIT, for a stampdec_model. Firmware includes it and needs no
                 file system. --tables q15 leaves out the float tables (half the flash).
                 --encoder adds the streaming encoder's tables (native/include/stampenc.h: the
                 dictionary, the analysis net and the codebook; float32 for its float path, int8
                 with integer scales for its fixed-point path, per --tables) and
                 <PREFIX>_ENC_INIT for a stampenc_model, and prints the flash they take and the
                 encoder's RAM for --channels channels in frames of --frame-samples, with
                 their channels coded at --resample R (one factor, or one per channel, as
                 stampenc_config.factors will give them: each distinct factor adds a table).
--format onnx    into folder OUTPUT: decoder.onnx (tokens -> one tier per scale) and encoder.onnx
                 (normalized rows -> tokens), dynamic sizes, opset 18, weights inside,
                 checked with onnx.checker, model id in the metadata.
--format tflite  into folder OUTPUT: a fixed-size chunk decoder in float32, int8 weights and
                 float16 weights (the runner overlap-adds the chunks), and a fixed-size encoder.
onnx and tflite need the [export] extra (torch, onnx, litert-torch); each export is checked
against the numpy runtime and the measured errors are printed and kept in the folder's
stampcodec-export.json. Run them with `stampcodec decode --backend onnx|tflite --export-dir`.

--prior P        with --format onnx: also prior.onnx, the token prior P (stampcodec prior
                 train) as a graph in double precision whose frequency tables equal the numpy
                 reference's to the bit (checked on random tokens before it is kept). encode
                 and decode with --prior P --export-dir OUTPUT then take their tables from it
                 (ONNX Runtime, graph optimizations off).

examples:
  stampcodec export --format c -o model.h
  stampcodec export --format onnx -o exported/ && stampcodec export --format tflite -o exported/
  stampcodec export --format c --tables q15 --prefix imu_model -o imu_model.h --model imu.stamp"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", required=True, choices=["c", "onnx", "tflite"], help="what to write")
    p.add_argument("-o", "--output", required=True, help="file to write (c), or folder (onnx, tflite)")
    p.add_argument("--model", help="model bundle (default: the bundled default model)")
    p.add_argument("--tables", choices=["float", "q15", "both"], default="both", help="C: which arithmetic paths get tables")
    p.add_argument("--prefix", default="stampdec_model", help="C: identifier prefix of the tables and macros")
    p.add_argument("--encoder", action="store_true", help="C: also the streaming encoder's tables (stampenc.h)")
    p.add_argument("--channels", type=int, default=1, help="C --encoder: channels of the stream the RAM figure is for")
    p.add_argument("--frame-samples", type=int, default=256,
                   help="C --encoder: samples per channel in a frame, for the RAM figure (default 256)")
    p.add_argument("--resample", metavar="R",
                   help="C --encoder: resampling factor(s) for the RAM figure: R, or R1,R2,... per channel (default 1)")
    p.add_argument("--prior", metavar="P", help="onnx: also export this token prior (prior.onnx)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")


def run(args: argparse.Namespace) -> int:
    from stampcodec.atomic import check_output_path, write_atomic
    from stampcodec.bundle import load
    from stampcodec.codec import DEFAULT_MODEL

    if args.prior is not None and args.format != "onnx":
        raise StampError("--prior is exported as an ONNX graph: use it with --format onnx")
    if args.resample is not None and not (args.format == "c" and args.encoder):
        raise StampError("--resample sizes the streaming encoder's state: use it with --format c --encoder")
    if args.format != "c":
        return _export_graphs(args)
    out = check_output_path(args.output, args.force)
    from stampcodec.export.c_header import c_header, encoder_budget

    bundle = load(args.model or DEFAULT_MODEL)
    factors = _factors(args.resample, args.channels)
    try:
        text = c_header(bundle, args.prefix, args.tables, args.encoder)
        budget = (encoder_budget(bundle, args.channels, args.frame_samples, args.tables, factors)
                  if args.encoder else None)
    except ValueError as e:
        raise StampError(str(e)) from None
    write_atomic(out, text.encode())
    print(f"wrote {out} ({len(text)} bytes)", file=sys.stderr)
    for path, b in (budget or {}).items():
        print(f"encoder, {'float' if path == 'float' else 'fixed-point'} path: {b['tables']:,} bytes of tables (flash); "
              f"{b['state']:,} bytes of state (RAM) for {args.channels} channel(s) in frames of {args.frame_samples}"
              f"{'' if factors is None else ' at r = ' + ', '.join(f'{r:g}' for r in dict.fromkeys(factors))}, "
              f"output up to {b['frame']:,} bytes per frame (the worst case of missing samples)", file=sys.stderr)
    return 0


def _factors(text: str | None, channels: int) -> tuple[float, ...] | None:
    """--resample R or R1,R2,...: one factor per channel, each a multiple of 1/16 from 1 to 255."""
    from stampcodec import resample

    if text is None:
        return None
    try:
        values = [float(v) for v in text.split(",")]
        for r in values:
            resample.sixteenths(r)
    except ValueError as e:
        raise StampError(f"--resample {text}: {e}") from None
    if len(values) == 1:
        values *= channels
    if len(values) != channels:
        raise StampError(f"--resample {text}: {len(values)} factors for {channels} channel(s) (--channels)")
    return tuple(values)


def _export_graphs(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from stampcodec.bundle import load
    from stampcodec.codec import DEFAULT_MODEL

    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise StampError(f"{out}: exists and is not a folder (onnx and tflite exports write a folder)")
    if not out.parent.exists():
        raise StampError(f"{out}: parent folder {str(out.parent)!r} does not exist")
    import stampcodec.train  # noqa: F401  (clear message when torch is missing)

    try:
        from stampcodec.export.check import check_exports
        from stampcodec.export.manifest import write_manifest
        if args.format == "onnx":
            from stampcodec.export.onnx_export import export_onnx as run
        else:
            from stampcodec.export.tflite_export import export_tflite as run
    except ImportError as e:
        raise StampError(f"exporting to {args.format} needs the [export] extra: pip install -c constraints.txt "
                         f"'stampcodec[export]' ({e})") from None
    bundle = load(args.model or DEFAULT_MODEL)
    prior = None
    if args.prior is not None:
        from stampcodec import prior as prior_io

        prior = prior_io.load(args.prior)
        prior.require_model(bundle.model_id)
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=".export-") as tmp:
        files = run(bundle, tmp)
        if prior is not None:
            from stampcodec.export.prior_onnx import check_prior_onnx, export_prior_onnx

            files["onnx_prior"] = export_prior_onnx(prior, tmp)
            prior_report = check_prior_onnx(prior, files["onnx_prior"])
        clash = [p.name for p in files.values() if (out / p.name).exists()]
        if clash and not args.force:
            raise StampError(f"{out}: {', '.join(clash)} exist (use --force to overwrite)")
        final = {k: out / p.name for k, p in files.items()}
        for k, p in files.items():
            shutil.move(str(p), str(final[k]))
            final[k].chmod(0o644)  # the quantizer writes 0755
    extra = {"tflite_chunk_blocks": 8} if args.format == "tflite" else {}
    write_manifest(out, bundle, final, **extra)
    report = check_exports(bundle, out, args.format)
    if prior is not None:
        report["prior"] = prior_report
    write_manifest(out, bundle, {}, **{f"checked_{args.format}": report})
    for k, p in final.items():
        print(f"wrote {p} ({p.stat().st_size} bytes)", file=sys.stderr)
    for name, r in report.items():
        print(f"  {name}: " + ", ".join(f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()),
              file=sys.stderr)
    return 0
