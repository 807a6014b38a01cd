"""`stampcodec info`: describe a token file or a model bundle."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from stampcodec.cli.common import open_input
from stampcodec.errors import StampError

NAME = "info"
SUMMARY = "describe a token file or a model bundle"
DESCRIPTION = """\
For a token file: the header (model id, channels, length, sample rate, columns, layout),
the real rate (file bytes x 8 / samples / channels, headers included) beside the nominal
and token rates, and the frames, each CRC-checked.
For a model bundle: its id, configuration, rates, table sizes and training provenance.
For a token prior (stampcodec prior train): its id, the model it predicts, its size and
training provenance.
For a tokens .npz (stampcodec tokens) or a motifs file (stampcodec bpe fit): what it holds,
checked as the commands that read it check it.

examples:
  stampcodec info imu.tokens
  stampcodec info --json my.stamp"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="token file, model bundle, token prior, tokens .npz or motifs file; - reads a token "
                                "file from standard input")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    from stampcodec import container
    from stampcodec.errors import BundleError

    f, where = open_input(args.path)
    with f:
        if f.peek(4)[:4] == container.MAGIC:
            counted = _Counting(f)
            d = container.describe(counted, where, 0)
            d["bytes"] = counted.count  # what was read: the whole file, the trailing-bytes check included
            d["real_bpt"] = 8 * counted.count / (d["length"] * d["channels"])
            print(json.dumps(d, indent=2) if args.json else _tokens_text(d))
            return 0
        head = f.peek(64)[:64]
    if head[:4] == b"PK\x03\x04" or head.lstrip()[:1] == b"{":
        d = _arrays(args.path, head)
        print(json.dumps(d, indent=2) if args.json else "\n".join(
            [f"{d['kind']} {d['path']}"] + [f"  {k:<13} {v}" for k, v in d.items() if k not in ("kind", "path")]))
        return 0
    if b'"stampcodec-prior"' in _json_head(args.path):
        d = _prior(args.path)
        print(json.dumps(d, indent=2) if args.json else "\n".join(
            [f"token prior {d['path']} ({d['bytes']} bytes)"] + [f"  {k:<13} {v}" for k, v in d.items()
                                                                 if k not in ("kind", "path", "bytes")]))
        return 0
    try:
        d = _bundle(args.path)
    except BundleError as e:
        if "is implausible" in str(e) or "format field" in str(e) or "truncated or empty" in str(e):
            raise StampError(f"{where}: neither a token file nor a model bundle ({e})") from None
        raise
    print(json.dumps(d, indent=2) if args.json else _bundle_text(d))
    return 0


def _arrays(path: str, head: bytes) -> dict:
    """A tokens .npz or a motifs file, described (both are checked by their loaders)."""
    if head[:4] == b"PK\x03\x04":
        from stampcodec.tokens import Tokens

        t = Tokens.load(path)
        d = {"path": path, "kind": "tokens", "model_id": t.model_id, "mode": t.mode, "channels": t.channels,
             "length": t.length, "frames": t.n_frames, "frame_samples": t.frame_samples, "resample": t.factor,
             "scales": list(t.scales), "tokens": [int(i.size) for i in t.ids],
             "missing_cells": [int(m.sum()) for m in t.missing], "gaps": int(len(t.gaps))}
        if t.motifs is not None:
            d["motif_symbols"] = int(sum(len(m) for m in t.motifs))
        return d
    from stampcodec.motifs import Motifs

    m = Motifs.load(path)
    lengths = m.lengths()[m.base:]
    return {"path": path, "kind": "motifs", "model_id": m.model_id, "stream": m.stream, "codebook": m.base,
            "motifs": len(m.merges), "vocab": m.vocab, "longest": int(lengths.max()) if lengths.size else 0}


def _json_head(path: str) -> bytes:
    """The JSON header of a safetensors-layout file (model bundle or prior), or b""."""
    import struct

    try:
        with open(path, "rb") as f:
            n = struct.unpack("<Q", f.read(8).ljust(8, b"\0"))[0]
            return f.read(n) if 0 < n <= 1 << 24 else b""
    except OSError:
        return b""


def _prior(path: str) -> dict:
    from stampcodec import prior as prior_io

    p = prior_io.load(path)
    return {"path": path, "kind": "prior", "bytes": Path(path).stat().st_size, "prior_id": p.prior_id,
            "model_id": p.model_id, "config": p.config.to_dict(),
            "parameters": int(sum(a.size for a, _ in p.ints.values())),
            "info": {k: v for k, v in p.info.items() if k != "history"}}


class _Counting:
    """A reader that counts the bytes it hands out (a pipe has no size to stat)."""

    def __init__(self, f) -> None:
        self.f, self.count = f, 0

    def read(self, n: int = -1) -> bytes:
        data = self.f.read(n)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count


def _tokens_text(d: dict) -> str:
    rate = "unknown" if d["sample_rate"] is None else (f"{d['sample_rate']:.6g} Hz"
                                                     + (" (irregular time stamps)" if d["time_irregular"] else ""))
    lines = [f"token file {d['path']} ({d['bytes']} bytes, format version {d['format_version']})",
             f"  model id      {d['model_id']}",
             f"  signal        {d['length']} samples x {d['channels']} channels, sample rate {rate}"]
    if d["columns"]:
        lines.append(f"  columns       {', '.join(d['columns'])}"
                     + (f" (time column {d['time_column']!r})" if d["time_column"] else ""))
    if "prior_id" in d:
        lines.append(f"  token prior   {d['prior_id']} (range-coded segments use it: decode --prior)")
    if "kept_time" in d:
        k = d["kept_time"]
        lines.append(f"  time stamps   kept exactly ({k['digits']} digits after the point): {k['bytes']} bytes, "
                     f"{k['bits_per_stamp']:.3f} bits per stamp")
    lines += [f"  missing       {d['missing_samples']} samples",
              f"  layout        {d['mode']}, V={d['codebook_size']} ({d['bits_per_token']} bits/token), "
              f"L={d['atom_length']}, scales {d['scales']}, normalization {d['normalization']}",
              f"  frames        {d['frames']} of {d['frame_samples']} samples per channel, all CRCs ok; "
              f"header {d['header_bytes']} bytes"]
    if "segments" in d:
        f = d["resample_factors"]
        lines.append("  time scale    " + ("every sample" if set(f) == {1} else "resampled by " + ", ".join(
            f"{c} 1/{r:g}" for c, r in zip(d["columns"] or [f"ch{i}" for i in range(len(f))], f))))
        carried = "" if d["coded_scales"] == len(d["scales"]) else f" ({d['coded_scales']} of {len(d['scales'])} kept)"
        lines.append(f"  segments{carried}" + "".join(
            f"\n    scale {g['scale']}: {g['tokens']} tokens, {g['bytes']} bytes, {g['bits_per_token']:.2f} bits/token "
            f"({g['entropy_coded_frames']} of {d['frames']} frames range coded)" for g in d["segments"]))
        if d.get("skip_frames"):
            lines.append(f"  token budget  {d['skip_frames']} of {d['frames']} frames skip tokens (encode --skip)")
    if "bounded_channels" in d:
        names = d["columns"] or [f"ch{i}" for i in range(d["channels"])]
        lines.append(f"  error bound   every observed sample within the bound; {d['bounded_bytes']} bytes" + "".join(
            f"\n    {n}: max error {b['max_error']:.6g}, {b['bytes']} bytes ({b['bpt']:.3f} bits/sample), predictors "
            + ", ".join(f"{k} x{v}" for k, v in b["predictors"].items())
            + (f"; {b['grid_frames']} frames exact on the data's own grid" if b["grid_frames"] else "")
            + (f"; {b['refined_frames']} with finer coarse levels" if b["refined_frames"] else "")
            for n, b in zip(names, d["bounded_channels"])))
    lines += [f"  real rate     {d['real_bpt']:.4f} bits per sample per channel (file bytes, headers included)",
              f"  token rate    {d['token_bpt']:.4f} (tokens alone, padding included)",
              f"  nominal rate  {d['nominal_bpt']:.4f} (App. E.1); real/nominal = {d['real_bpt'] / d['nominal_bpt']:.3f}"]
    return "\n".join(lines)


def _bundle(path: str) -> dict:
    from stampcodec import bundle as bundle_io

    b = bundle_io.load(path)
    cfg = b.config
    return {"path": path, "kind": "bundle", "bytes": Path(path).stat().st_size, "model_id": b.model_id,
            "config": cfg.to_dict(), "nominal_bpt": cfg.layout.nominal_bpt, "bits_per_token": cfg.layout.bits,
            "hop": cfg.layout.hop, "atom_channels": cfg.atom_channels,
            "tensors": {k: list(v.shape) for k, v in sorted(b.tensors.items())},
            "info": {k: v for k, v in b.info.items() if k != "history"}}


def _bundle_text(d: dict) -> str:
    cfg = d["config"]
    lines = [f"model bundle {d['path']} ({d['bytes']} bytes)",
             f"  model id      {d['model_id']}",
             f"  mode          {cfg['mode']} (atom channels {d['atom_channels']})",
             f"  atoms         K={cfg['n_atoms']} x L={cfg['atom_length']}, codebook V={cfg['codebook_size']} "
             f"({d['bits_per_token']} bits/token)",
             f"  scales        {cfg['scales']}, hop {d['hop']}",
             f"  nominal rate  {d['nominal_bpt']:.4f} bits per timestep per channel (App. E.1)",
             f"  normalization {cfg['normalization']}",
             f"  objective     {cfg['loss']}"
             + (f" (lambda {cfg['sdtw_weight']}, gamma {cfg['sdtw_gamma']})" if cfg["loss"] == "hybrid" else "")]
    info = dict(d["info"])
    refit = info.pop("refit", None)
    lines += [f"  {k:<13} {v}" for k, v in info.items()]
    if isinstance(refit, dict):
        hist = refit.get("history") or [{}]
        lines.append(f"  refit         codebook fitted to model {refit.get('base_model_id')} "
                     f"(V={refit.get('base_codebook_size')}, whose training the lines above describe) on "
                     f"{refit.get('data', '?')}: {refit.get('iterations')} closed-loop iterations over "
                     f"{refit.get('rows')} rows in {refit.get('seconds', '?')} s, z-space distortion "
                     f"{hist[0].get('distortion', float('nan')):.4f} -> {hist[-1].get('distortion', float('nan')):.4f}")
    return "\n".join(lines)
