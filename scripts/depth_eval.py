"""Depth at the finest scale (issue 14, item 5), measured without training: the decoding error
coded again by the default model, pass after pass, each pass a whole token file (headers
included in the rate), against `encode --bpt` (both layers, the lower error) and the token layer
alone (`--bpt R --layer tokens`) at the same bits. Sources: as scripts/bound_vs_sz3.py (held-out
and unseen recordings, SeqComb test splits), each cut to its first 60,000 samples per channel.

    python scripts/depth_eval.py --packages .data-pkgs --json docs/results/depth_eval.json
    python scripts/depth_eval.py --table docs/results/depth_eval.json > docs/results/depth_eval.md

NMSE = MSE / variance per channel, averaged; bpt from file bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

SOURCES = ("watch-imu", "daphnet-gait", "pv", "ppg", "bitalino-ecg (1 kHz, unseen)", "SeqCombMV (test split)")
MAX_PASSES, MAX_BPT, CUT = 6, 1.2, 60000


def measure(name: str, x: np.ndarray) -> list[dict]:
    from stampcodec.codec import Codec, verify

    codec = Codec.load()
    x = x[:CUT]
    y, total, rows = np.zeros_like(x), 0, []
    for p in range(MAX_PASSES):
        blob = codec.encode(x - y)  # the error so far, at the token layer's own rate
        d = codec.decode(blob)
        total += len(blob)
        y = y + np.where(np.isfinite(d), d, 0)
        bpt = 8 * total / np.isfinite(x).sum()
        both = codec.encode(x, bpt=bpt)
        tokens = codec.encode(x, bpt=bpt, layer="tokens")
        vb, vt = verify(x, codec.decode(both), both), verify(x, codec.decode(tokens), tokens)
        rows.append({"passes": p + 1, "bpt": bpt, "depth_nmse": verify(x, y).nmse, "bpt_both": vb.bpt,
                     "nmse_both": vb.nmse, "layer_both": "bounded" if both[5] & 0x40 else "tokens",
                     "bpt_tokens": vt.bpt, "nmse_tokens": vt.nmse})
        print(name[:30], rows[-1], file=sys.stderr, flush=True)
        if bpt > MAX_BPT:
            break
    return rows


def markdown(res: dict) -> str:
    out = ["# Depth at the finest scale: residual passes against the two layers at the same bits", "",
           "Written by `python scripts/depth_eval.py --table docs/results/depth_eval.json` from the run of "
           "`python scripts/depth_eval.py --packages .data-pkgs --json docs/results/depth_eval.json` (protocol in "
           "its docstring). \"gain\": NMSE of the pass before / this pass. \"both layers\": `encode --bpt` at the "
           "passes' bits (the layer it chose); \"tokens\": `--layer tokens` at the same target.", "",
           "| source | passes | bpt | NMSE, passes | gain | NMSE, both layers (layer) | NMSE, tokens alone | passes / both |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, rows in res.items():
        prev = None
        for r in rows:
            gain = f"{prev / r['depth_nmse']:.2f}x" if prev else ""
            out.append(f"| {name} | {r['passes']} | {r['bpt']:.3f} | {r['depth_nmse']:.3g} | {gain} | "
                       f"{r['nmse_both']:.3g} ({r['layer_both']}) | {r['nmse_tokens']:.3g} | "
                       f"{r['depth_nmse'] / r['nmse_both']:.2f} |")
            prev = r["depth_nmse"]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packages", type=Path, help="the DATA.md packages folder (.data-pkgs)")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--table", type=Path, help="print the markdown table of a results file")
    a = ap.parse_args()
    if a.table:
        print(markdown(json.loads(a.table.read_text())), end="")
        return
    from bound_vs_sz3 import sources

    src = sources(a.packages)
    res = {name: measure(name, src[name]) for name in SOURCES}
    if a.json:
        a.json.write_text(json.dumps(res, indent=1) + "\n")
    print(markdown(res), end="")


if __name__ == "__main__":
    main()
