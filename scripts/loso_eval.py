"""The default model's recipe, scored leave-fold-out on every source at its native rate (issue 14,
item 7).

    python scripts/default_model.py train --packages .data-pkgs -o runs/loso/default_all.stamp \\
        --epochs 16 --threads 2 --stretch 2,4,8
    for f in f1 f2 f3 f4; do python scripts/default_model.py train --packages .data-pkgs \\
        -o runs/loso/$f.stamp --epochs 5 --threads 2 --stretch 2,4,8 --fold $f; done
    python scripts/loso_eval.py --packages .data-pkgs --folds runs/loso --new runs/loso/default_all.stamp \\
        --json docs/results/loso.json --table > docs/results/loso.md

A fold's model trains on every source of scripts/default_model.py but the fold's two
(default_model.FOLDS), so each source is scored by a model that saw none of it. Each source's
held-out part (its first 65,536 samples x channels) is coded through the token layer alone, at its native rate: at every sample
(`resample=1`), with the encoder's own choice of time scale (`resample="auto"`, what `encode`
does), and at rate targets of 0.03, 0.1 and 0.3 bits per sample (`bpt=R, layer="tokens"`). Rates
are file bytes (headers included); NMSE = MSE / variance per channel, averaged. SZ3 (best of 60
absolute bounds and its three predictors) and the block DCT-256 + zstd yardstick are scored at no
more bytes than the fold model's file. For comparison the same points for the previous default
model (0006d02cfc98bab5: 16 epochs, soft-DTW weight 0.1, no time-scale augmentation, no 1 kHz
sources) and the new one (trained on the training parts of every source); "saw" says whether a
model trained on (another part of) the source. PLAID's held-out part (540 series of ~21 tokens
each) is left out, as in scripts/rd_v2.py. The systole session's three channels are scored one
by one.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from default_model import FOLDS, sources  # noqa: E402
from rd_v2 import dct_best, sz3_best  # noqa: E402
from stretch_eval import nmse  # noqa: E402

from stampcodec import bundle as bundle_io  # noqa: E402
from stampcodec import budget, container, released  # noqa: E402
from stampcodec.codec import Codec  # noqa: E402
from stampcodec.errors import ConfigError  # noqa: E402

TARGETS = (0.03, 0.1, 0.3)
MAX_VALUES = 1 << 16  # samples x channels scored per source: the first ones of its held-out part
OLD_DEFAULT = "0006d02cfc98bab5"
OLD_SOURCES = ("watch-imu", "daphnet-gait", "ecg", "ppg", "plaid-current", "pv")


def held_out(packages: Path) -> dict[str, tuple[str, np.ndarray]]:
    """label -> (source, held-out samples (T, C)), at most MAX_VALUES samples x channels."""
    out = {}
    for name, (_, held) in sources(packages).items():
        if name == "plaid-current":
            continue
        if name == "systole":
            for c, col in enumerate(held[0].columns):
                out[f"systole-{col} (1 kHz)"] = (name, held[0].data[:MAX_VALUES, c:c + 1])
            continue
        x = np.concatenate([r.data for r in held])
        out[name + (" (1 kHz)" if name == "bitalino-ecg" else "")] = (name, x[:MAX_VALUES // x.shape[1]])
    return out


def point(codec: Codec, x: np.ndarray, baselines: bool, **kw) -> dict | None:
    try:
        blob = codec.encode(x, **kw)
    except ConfigError:
        return None  # a rate below what the token layer reaches on this recording
    p = {"bytes": len(blob), "bpt": 8 * len(blob) / x.size, "nmse": nmse(x, codec.decode(blob)), **_layout(blob)}
    if baselines:
        p["sz3_nmse"], _, p["sz3_setting"] = sz3_best(x, len(blob))
        p["dct_nmse"], _, p["dct_setting"] = dct_best(x, len(blob))
    return p


def _layout(blob: bytes) -> dict:
    """What the file chose: resampling factors, scales kept, the share of tokens skipped."""
    h = container.read_header(io.BytesIO(blob), "x")
    skipped, total = budget.count_skipped(blob)
    return {"factors": list(h.factors or ()), "scales_kept": h.n_coded, "skipped": skipped / max(total, 1)}


def score(codec: Codec, x: np.ndarray, baselines: bool) -> dict:
    out = {"every": point(codec, x, baselines, resample=1), "auto": point(codec, x, baselines)}
    for r in TARGETS:
        out[str(r)] = point(codec, x, baselines, bpt=r, layer="tokens")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, help="folder the data packages were installed into")
    ap.add_argument("--folds", type=Path, help="folder with the fold models f1.stamp ... (default_model.py --fold)")
    ap.add_argument("--new", type=Path, help="the new default model (trained on every source)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true", help="print the markdown tables (from --json alone if no --packages)")
    ap.add_argument("--folds-only", help="comma-separated folds to score now (their sources are added to --json)")
    a = ap.parse_args()
    if a.packages is None:
        print(markdown(json.loads(a.json.read_text())))
        return
    fold_of = {s: f for f, members in FOLDS.items() for s in members}
    run = a.folds_only.split(",") if a.folds_only else list(FOLDS)
    codecs = {f: Codec(bundle_io.load(a.folds / f"{f}.stamp"), backend="numpy") for f in run}
    old = Codec(bundle_io.load(released.released_path(OLD_DEFAULT)), backend="numpy")
    new = Codec(bundle_io.load(a.new), backend="numpy")
    result: dict = {"folds": {}, "previous_default": old.model_id, "new_default": new.model_id, "sources": {}}
    if a.json and a.json.exists() and a.folds_only:  # add to an earlier run's folds
        result = json.loads(a.json.read_text())
    for f in run:
        result["folds"][f] = {"leaves_out": list(FOLDS[f]), "model_id": codecs[f].model_id,
                              "data": codecs[f].bundle.info.get("data", "")}
    for label, (src, x) in held_out(a.packages).items():
        fold = fold_of[src]
        if fold not in run:
            continue
        r = {"source": src, "fold": fold, "samples": int(x.size),
             "fold_model": score(codecs[fold], x, baselines=True),
             "previous_default": dict(score(old, x, baselines=False), saw=src in OLD_SOURCES),
             "new_default": dict(score(new, x, baselines=False), saw=True)}
        result["sources"][label] = r
        print(label, json.dumps({k: r[k] for k in ("fold_model", "previous_default", "new_default")}), flush=True)
        if a.json:
            a.json.write_text(json.dumps(result, indent=1) + "\n")
    if a.table:
        print(markdown(result))


def _f(p: dict | None, key: str = "nmse") -> str:
    if p is None:
        return "-"
    v = p[key]
    return "none fits" if v == float("inf") else f"{v:.3g}"


def _times(v: float) -> str:
    return f"{v:.2g}x" if v < 10 else f"{v:.0f}x"


def markdown(r: dict) -> str:
    cols = ["every", "auto", *map(str, TARGETS)]
    head = ["every sample", "auto time scale", *(f"{t} bpt" for t in TARGETS)]
    out = ["# The default model's recipe, leave-fold-out (issue 14, item 7)", "",
           "Written by `python scripts/loso_eval.py --json docs/results/loso.json --table` from the run in the "
           "script's docstring (protocol there). Token layer alone, held-out parts at native rates, NMSE at the "
           "file's real rate (bpt, file bytes with headers). \"fold\": a model that never saw the source (5 epochs); "
           f"\"previous\": the default model until now ({r['previous_default']}); \"new\": the new default "
           f"({r['new_default']}, 16 epochs, trained on the other parts of every source). \"-\": the target is below "
           "what the token layer reaches. `*` marks a model that trained on another part of the source.", "",
           "Folds: " + "; ".join(f"{f} leaves out {', '.join(v['leaves_out'])}" for f, v in r["folds"].items()) + ".", "",
           "| source | model | " + " | ".join(head) + " |", "|---|---|" + "---:|" * len(head)]
    for label, s in r["sources"].items():
        for key, name in (("fold_model", f"fold {s['fold']}"), ("previous_default", "previous"), ("new_default", "new")):
            m = s[key]
            star = "*" if m.get("saw") else ""
            cells = [(f"{_f(m[c])} at {m[c]['bpt']:.3f}" if c in ("every", "auto") and m[c] else _f(m[c])) for c in cols]
            out.append(f"| {label} | {name}{star} | " + " | ".join(cells) + " |")
    out += ["", "The fold models against SZ3 and DCT-256 + zstd at no more bytes than the fold model's file "
            "(NMSE; \"none fits\": no setting is that small):", "",
            "| source | point | bpt | fold model | SZ3 | DCT + zstd | fold model vs the better baseline | factors, scales kept, "
            "tokens skipped |", "|---|---|---:|---:|---:|---:|---|---|"]
    for label, s in r["sources"].items():
        for c, name in zip(cols, head):
            p = s["fold_model"][c]
            if p is None:
                continue
            base = min(p["sz3_nmse"], p["dct_nmse"])
            if base == float("inf"):
                verdict = "no baseline fits"
            elif p["nmse"] <= base:
                verdict = f"{_times(base / p['nmse'])} lower"
            else:
                verdict = f"**{_times(p['nmse'] / base)} higher**"
            factors = ",".join(f"{v:g}" for v in sorted(set(p["factors"]))) or "1"
            out.append(f"| {label} | {name} | {p['bpt']:.3f} | {_f(p)} | {_f(p, 'sz3_nmse')} | {_f(p, 'dct_nmse')} | "
                       f"{verdict} | {factors}; {p['scales_kept']}; {100 * p['skipped']:.0f}% |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
