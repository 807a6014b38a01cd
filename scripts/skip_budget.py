"""What the adaptive token budget (encode --skip, stampcodec.budget) buys at rate targets (issue 14,
item 3).

    python scripts/skip_budget.py --packages .data-pkgs [--model M] --json docs/results/skip_budget.json
    python scripts/skip_budget.py --json docs/results/skip_budget.json --table > docs/results/skip_budget.md

Each source's held-out part (scripts/loso_eval.py's recordings) at its native rate is coded by
`encode --bpt R --layer tokens` for R in RATES twice: as shipped (the planner may give each
channel a skip lambda, and the file with the lower measured NMSE of a search with and without
skipping is kept) and with skipping switched off (ratecontrol.SKIPS = no skip: the rate control
of the previous release). Rates from file bytes, NMSE = MSE / variance per channel, averaged;
"skipped" is the share of the file's tokens written as the skip symbol. Also each source at every
sample (resample 1) with fixed lambdas, the token budget alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loso_eval import _layout, held_out, nmse  # noqa: E402

from stampcodec import ratecontrol  # noqa: E402
from stampcodec.codec import Codec  # noqa: E402
from stampcodec.errors import ConfigError  # noqa: E402

RATES = (0.05, 0.1, 0.2, 0.3)
LAMBDAS = (None, 0.5, 2.0, 8.0)


def point(codec: Codec, x: np.ndarray, **kw) -> dict | None:
    t0 = time.perf_counter()
    try:
        blob = codec.encode(x, **kw)
    except ConfigError:
        return None
    return {"bpt": 8 * len(blob) / x.size, "nmse": nmse(x, codec.decode(blob)), **_layout(blob),
            "seconds": time.perf_counter() - t0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path)
    ap.add_argument("--model", help="model bundle (default: the bundled default model)")
    ap.add_argument("--json", type=Path, required=True)
    ap.add_argument("--table", action="store_true")
    a = ap.parse_args()
    if a.packages is None:
        print(markdown(json.loads(a.json.read_text())))
        return
    codec = Codec.load(a.model, backend="numpy")
    shipped = ratecontrol.SKIPS
    out: dict = {"model_id": codec.model_id, "sources": {}}
    for label, (_, x) in held_out(a.packages).items():
        r: dict = {"samples": int(x.size), "targets": {}, "every_sample": {}}
        for rate in RATES:
            ratecontrol.SKIPS = shipped
            with_skip = point(codec, x, bpt=rate, layer="tokens")
            ratecontrol.SKIPS = (ratecontrol.NO_SKIP,)
            without = point(codec, x, bpt=rate, layer="tokens")
            r["targets"][str(rate)] = {"with": with_skip, "without": without}
        ratecontrol.SKIPS = shipped
        for lam in LAMBDAS:
            r["every_sample"][str(lam)] = point(codec, x, resample=1, skip=lam)
        out["sources"][label] = r
        print(label, json.dumps(r["targets"]), flush=True)
        a.json.write_text(json.dumps(out, indent=1) + "\n")
    if a.table:
        print(markdown(out))


def markdown(r: dict) -> str:
    def f(p: dict | None) -> str:
        return "-" if p is None else f"{p['nmse']:.3g} at {p['bpt']:.3f}"

    out = ["# The adaptive token budget at rate targets (issue 14, item 3)", "",
           "Written by `python scripts/skip_budget.py --json docs/results/skip_budget.json --table` from the run in "
           f"the script's docstring (protocol there), model {r['model_id']}. `encode --bpt R --layer tokens`: NMSE at "
           "the file's real bpt, with the token budget (skip lambdas among the planner's choices) and without (the "
           "previous rate control); \"-\": the target is below what the token layer reaches.", "",
           "| source | target | with budget | skipped | without | NMSE change |", "|---|---|---:|---:|---:|---:|"]
    for label, s in r["sources"].items():
        for rate, p in s["targets"].items():
            w, wo = p["with"], p["without"]
            change = "" if w is None or wo is None else f"{100 * (w['nmse'] / wo['nmse'] - 1):+.0f}%"
            skipped = "" if w is None else f"{100 * w['skipped']:.0f}%"
            out.append(f"| {label} | {rate} | {f(w)} | {skipped} | {f(wo)} | {change} |")
    out += ["", "Every sample coded (resample 1), fixed lambdas (`encode --resample 1 --skip L`): NMSE at bpt, "
            "and the share of tokens skipped:", "",
            "| source | " + " | ".join("no skip" if k == "None" else f"L = {k}" for k in next(iter(r["sources"].values()))[
                "every_sample"]) + " |", "|---|" + "---:|" * len(LAMBDAS)]
    for label, s in r["sources"].items():
        out.append(f"| {label} | " + " | ".join(
            f"{f(p)} ({100 * p['skipped']:.0f}%)" if p else "-" for p in s["every_sample"].values()) + " |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
