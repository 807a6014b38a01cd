"""The C encoder's arithmetic paths against the Python (numpy) encoder (issue 16, item 1): token
agreement and the NMSE of the files each writes, on held-out real recordings at their native
rates and on SeqComb.

    python scripts/encoder_paths.py [--packages .data-pkgs] --json docs/results/encoder_paths.json
    python scripts/encoder_paths.py --json docs/results/encoder_paths.json --table > docs/results/encoder_paths.md

Each recording is encoded every sample (resample 1) in frames of 256 samples (the firmware
example's) by the numpy encoder through Codec, and by the C encoder's streams (binding) in its
f64, f32 and q (fixed-point) paths with the same statistics. Tokens are compared position by
position over all scales; NMSE = MSE / variance per channel, averaged. Without --packages only the
bundled held-out files (tests/data) and SeqComb are used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from stampcodec import container  # noqa: E402
from stampcodec.codec import Codec  # noqa: E402
from stampcodec.csvio import read_csv  # noqa: E402
from stampcodec.datasets import seqcomb  # noqa: E402
from stampcodec.runtime.native import NativeEncoder  # noqa: E402

FRAME = 256
PATHS = ("f64", "f32", "q")


def recordings(packages: Path | None) -> dict[str, np.ndarray]:
    out = {f"{name} (tests/data)": read_csv(ROOT / "tests" / "data" / f"{name}_holdout.csv").data
           for name in ("ecg", "gait", "pv")}
    sc = seqcomb.generate("single", n_samples=200, seed=3).test.x[:, 0, :]
    out["SeqComb single (test split, concatenated)"] = sc.reshape(-1, 1).astype(np.float64)
    if packages is not None:
        from loso_eval import held_out

        for label, (_, x) in held_out(packages).items():
            out[label] = x[:16384]
    return {k: v.astype(np.float32).astype(np.float64) for k, v in out.items()}  # what a device hands over


def nmse(x: np.ndarray, y: np.ndarray) -> float:
    ok = np.isfinite(x)
    var = np.array([np.var(x[ok[:, c], c]) for c in range(x.shape[1])])
    err = np.array([np.mean((x[ok[:, c], c] - y[ok[:, c], c]) ** 2) for c in range(x.shape[1])])
    return float(np.mean(err / np.where(var > 0, var, 1.0)))


def tokens(blob: bytes) -> np.ndarray:
    h, frames = container.split(blob, "t")
    parts = []
    for i, raw in enumerate(frames):
        per_scale, _ = container.parse_frame(raw, h, i, "t")
        parts += [np.ravel(t) for t in per_scale]
    return np.concatenate(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path)
    ap.add_argument("--json", type=Path, required=True)
    ap.add_argument("--table", action="store_true")
    a = ap.parse_args()
    if a.table:
        print(markdown(json.loads(a.json.read_text())))
        return
    codec = Codec.load(backend="numpy", encode_backend="numpy")
    out = {"model_id": codec.model_id, "frame_samples": FRAME, "sources": {}}
    for label, x in recordings(a.packages).items():
        ref = codec.encode(x, frame_samples=FRAME, resample=1)
        h, _ = container.split(ref, "ref")
        ref_tokens = tokens(ref)
        row = {"samples": int(x.shape[0]), "channels": int(x.shape[1]), "tokens": int(ref_tokens.size),
               "numpy": {"nmse": nmse(x, codec.decode(ref)), "bytes": len(ref)}}
        for path in PATHS:
            s = NativeEncoder(codec.bundle, arithmetic=path).stream(
                x.shape[1], FRAME, mean=h.mean, std=np.asarray(h.std, np.float32))
            blob = s.header(len(x)) + b"".join(s.push(x.astype(np.float32))) + s.flush()
            row[path] = {"nmse": nmse(x, codec.decode(blob)), "bytes": len(blob),
                         "agree": float(np.mean(tokens(blob) == ref_tokens))}
        out["sources"][label] = row
        print(label, {k: v for k, v in row.items() if isinstance(v, dict)}, file=sys.stderr)
    a.json.write_text(json.dumps(out, indent=1) + "\n")


def markdown(doc: dict) -> str:
    lines = [f"Model {doc['model_id']}, every sample coded, frames of {doc['frame_samples']} samples. "
             "Agreement: share of token positions equal to the numpy encoder's. "
             "NMSE of the decoded file (MSE / variance per channel, averaged). "
             "Reproduce: `python scripts/encoder_paths.py --packages .data-pkgs --json docs/results/encoder_paths.json`.",
             "", "| recording | tokens | numpy NMSE | f64 agree | f32 agree / NMSE | fixed-point agree / NMSE (change) |",
             "|---|---:|---:|---:|---|---|"]
    for label, r in doc["sources"].items():
        change = (r["q"]["nmse"] - r["numpy"]["nmse"]) / r["numpy"]["nmse"] * 100
        lines.append(f"| {label} | {r['tokens']:,} | {r['numpy']['nmse']:.4g} | {r['f64']['agree']:.4%} | "
                     f"{r['f32']['agree']:.2%} / {r['f32']['nmse']:.4g} | "
                     f"{r['q']['agree']:.2%} / {r['q']['nmse']:.4g} ({change:+.1f}%) |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
