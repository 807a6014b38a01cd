"""Does time-scale augmentation make the token layer travel across sample rates? (issue 14, item 7)

    python scripts/default_model.py train --packages .data-pkgs -o runs/stretch/control.stamp --epochs 8 --threads 2
    python scripts/default_model.py train --packages .data-pkgs -o runs/stretch/stretch248.stamp --epochs 8 \\
        --threads 2 --stretch 2,4,8
    python scripts/stretch_eval.py --packages .data-pkgs --models runs/stretch/control.stamp \\
        runs/stretch/stretch248.stamp --json docs/results/stretch_eval.json [--table]

Every model is scored on the recordings of scripts/rd_v2.py: the held-out parts of the training
sources at their native rates, and four 1 kHz recordings that no model trained on (systole's ECG,
respiration and EDA, BITalino's ECG). Each through the token layer alone: at every sample
(`resample=1`: bpt and NMSE) and at rate targets 0.03, 0.1 and 0.3 bits per sample
(`bpt=R, layer="tokens"`: NMSE at the file's real rate). NMSE = MSE / variance per channel,
averaged; rates from file bytes. The bundled default model is always included.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rd_v2 import recordings  # noqa: E402

from stampcodec import bundle as bundle_io  # noqa: E402
from stampcodec.codec import DEFAULT_MODEL, Codec  # noqa: E402
from stampcodec.errors import ConfigError  # noqa: E402

TARGETS = (0.03, 0.1, 0.3)


def nmse(x: np.ndarray, y: np.ndarray) -> float:
    ok = np.isfinite(x)
    err = np.where(ok, x - np.where(ok, y, 0), 0.0)
    var = np.nanvar(x, axis=0)
    n = ok.sum(axis=0)
    live = (var > 0) & (n > 0)
    return float(np.mean((err ** 2).sum(axis=0)[live] / n[live] / var[live]))


def score(codec: Codec, x: np.ndarray) -> dict:
    out = {}
    blob = codec.encode(x, resample=1)
    out["every"] = {"bpt": 8 * len(blob) / x.size, "nmse": nmse(x, codec.decode(blob))}
    for r in TARGETS:
        try:
            blob = codec.encode(x, bpt=r, layer="tokens")
            out[str(r)] = {"bpt": 8 * len(blob) / x.size, "nmse": nmse(x, codec.decode(blob))}
        except ConfigError:
            out[str(r)] = None  # below what the token layer reaches on this recording
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, required=True)
    ap.add_argument("--models", nargs="*", default=[])
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true")
    a = ap.parse_args()
    models = {"default": DEFAULT_MODEL, **{Path(m).stem: m for m in a.models}}
    recs = recordings(a.packages)
    result: dict = {"models": {}, "scores": {}}
    for name, path in models.items():
        b = bundle_io.load(path)
        result["models"][name] = {"path": str(path), "model_id": b.model_id, "data": b.info.get("data", "")}
        codec = Codec(b, backend="numpy")
        for src, x in recs.items():
            result["scores"].setdefault(src, {})[name] = s = score(codec, x)
            print(f"{name:12s} {src:36s} every {s['every']['bpt']:.3f} bpt NMSE {s['every']['nmse']:.4g}; "
                  + "; ".join(f"{r}: " + ("-" if s[str(r)] is None else f"{s[str(r)]['nmse']:.4g}") for r in TARGETS),
                  flush=True)
    if a.json:
        a.json.write_text(json.dumps(result, indent=1) + "\n")
    if a.table:
        print(table(result))


def table(r: dict) -> str:
    names = list(r["models"])
    cols = ["every sample"] + [f"{t} bpt" for t in TARGETS]
    out = ["| source | model | " + " | ".join(cols) + " |", "|---|---|" + "---:|" * len(cols)]
    for src, per in r["scores"].items():
        for m in names:
            s = per[m]
            cells = [f"{s['every']['nmse']:.4g} at {s['every']['bpt']:.3f}"]
            cells += ["-" if s[str(t)] is None else f"{s[str(t)]['nmse']:.4g}" for t in TARGETS]
            out.append(f"| {src} | {m} | " + " | ".join(cells) + " |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
