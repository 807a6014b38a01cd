"""Motif tokens and conditional decoding (issue 19, seed 003) on every DATA.md source and SeqComb.

    python scripts/motif_tokens.py --packages .data-pkgs --json docs/results/motif_tokens.json [--table]

Each source is split as scripts/default_model.py splits it (systole's 1 kHz recordings: samples
0-600k to fit, 600k-800k held out; BITalino's ECG: first 60% / rest; SeqComb: its train and test
splits, one frame per window). Tokens come from the default model at every sample (resample 1).

1. Motifs: merges learnt on a source's training part (vocabularies of 1,024 and 4,096 symbols,
   streams "scales" and "interleaved"), applied to its held-out part: tokens per second of signal
   (per channel) before and after, and the ratio. Generalization: merges learnt on one source
   (scales, 1,024) applied to every other source's held-out part, as the ratio of tokens after to
   the ratio the source's own merges reach.
2. Conditional decoding: the table fitted on the training part (pairs seen >= 8 times), the held-out
   part decoded with and without it: NMSE (MSE / variance per channel) and the change. Sources with
   gaps are skipped (the table is fitted on gap-free recordings).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from default_model import sources  # noqa: E402

from stampcodec import conditional, motifs  # noqa: E402
from stampcodec.codec import Codec  # noqa: E402
from stampcodec.datasets import seqcomb  # noqa: E402
from stampcodec.tokens import tokenize_windows  # noqa: E402

VOCABS = (1024, 4096)


def data(packages: Path) -> dict[str, tuple[list[np.ndarray], list[np.ndarray], float | None]]:
    """name -> (training recordings (T, C), held-out recordings, sample rate or None)."""
    out = {}
    for name, (train, held) in sources(packages).items():
        out[name] = ([r.data for r in train], [r.data for r in held], held[0].rate_hz)
    for n in ("ECG", "Respiration", "EDA"):
        a = np.load(packages / "systole" / "datasets" / f"Task1_{n}.npy").astype(np.float64)[:, None]
        out[f"systole-{n.lower()} (1 kHz)"] = ([a[:600_000]], [a[600_000:800_000]], 1000.0)
    e = np.loadtxt(packages / "pyhrv" / "files" / "SampleECG.txt")[:, -1:].astype(np.float64)
    cut = int(0.6 * len(e))
    out["bitalino-ecg (1 kHz)"] = ([e[:cut]], [e[cut:]], 1000.0)
    return out


def tokens_of(codec: Codec, recs: list[np.ndarray]) -> list:
    return [codec.tokenize(r) for r in recs if len(r) >= 1]


def per_second(n_tokens: int, recs: list[np.ndarray], rate: float | None) -> float | None:
    """Tokens per second of signal and channel (None without a sample rate)."""
    if not rate:
        return None
    return n_tokens / sum(len(r) * r.shape[1] / rate for r in recs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--model", help="model bundle (default: the bundled default model)")
    a = ap.parse_args()
    codec = Codec.load(a.model, backend="numpy")
    v = codec.config.codebook_size
    sets = data(a.packages)
    toks = {}
    for name, (train, held, rate) in sets.items():
        toks[name] = (tokens_of(codec, train), tokens_of(codec, held), held, rate)
    for variant in ("single", "mv"):
        ds = seqcomb.generate(variant, n_samples=2000, seed=0)
        toks[f"seqcomb-{variant}"] = ([tokenize_windows(codec, ds.split("train").x)],
                                      [tokenize_windows(codec, ds.split("test").x)], None, None)
    rows, learnt = [], {}
    for name, (tr, ho, held, rate) in toks.items():
        n0 = sum(t.size for h in ho for t in h.ids)
        row = {"source": name, "tokens": n0, "tokens_per_s": per_second(n0, held, rate) if held else None}
        for stream in motifs.STREAMS:
            for vocab in VOCABS:
                m = motifs.learn(tr, vocab, v, stream)
                seqs = [motifs.apply(s, m.merges, v) for h in ho for s in
                        (m.sequences(h) if hasattr(h, "frame_tokens") else m.window_sequences(h))]
                n1 = sum(len(s) for s in seqs)
                key = f"{stream}-{vocab}"
                row[key] = {"motifs": len(m.merges), "symbols": n1, "ratio": n0 / n1,
                            "symbols_per_s": per_second(n1, held, rate) if held else None,
                            "longest": int(m.lengths().max())}
                if key == "scales-1024":
                    learnt[name] = m
        rows.append(row)
        print(f"{name}: {n0} tokens; " + ", ".join(f"{k} {row[k]['ratio']:.2f}x" for k in row if "-" in k and
                                                    isinstance(row[k], dict)), flush=True)
    # generalization: one source's merges on every other's held-out part
    cross = {}
    for src, m in learnt.items():
        cross[src] = {}
        for dst, (_, ho, _, _) in toks.items():
            n0 = sum(t.size for h in ho for t in h.ids)
            n1 = sum(len(motifs.apply(s, m.merges, v)) for h in ho for s in
                     (m.sequences(h) if hasattr(h, "frame_tokens") else m.window_sequences(h)))
            cross[src][dst] = n0 / n1
    # conditional decoding
    cd_rows = []
    for name, (train, held, _) in sets.items():
        if any(np.isnan(r).any() for r in train + held):
            cd_rows.append({"source": name, "skipped": "gaps"})
            continue
        cd = conditional.fit(codec, train)
        nmse0, nmse1 = [], []
        for r in held:
            tok = codec.tokenize(r)
            y0, y1 = codec.detokenize(tok), conditional.decode(codec, tok, cd)
            var = r.var(axis=0)
            live = var > 0
            nmse0.append(np.mean(((r - y0) ** 2).mean(axis=0)[live] / var[live]))
            nmse1.append(np.mean(((r - y1) ** 2).mean(axis=0)[live] / var[live]))
        b, c = float(np.mean(nmse0)), float(np.mean(nmse1))
        cd_rows.append({"source": name, "pairs": int(len(cd.pairs)), "nmse": b, "nmse_conditional": c,
                        "change": c / b - 1})
        print(f"{name}: conditional decoding {len(cd.pairs)} pairs, NMSE {b:.4g} -> {c:.4g} ({100 * (c / b - 1):+.1f}%)",
              flush=True)
    result = {"motifs": rows, "cross": cross, "conditional": cd_rows}
    if a.json:
        a.json.write_text(json.dumps(result, indent=1) + "\n")
    if a.table:
        print(table(result))


def table(r: dict) -> str:
    out = ["| source | tokens/s/ch | scales 1,024 | scales 4,096 | interleaved 1,024 | interleaved 4,096 |",
           "|---|---:|---:|---:|---:|---:|"]
    for row in r["motifs"]:
        def cell(k):
            c = row[k]
            ps = f", {c['symbols_per_s']:.3g}/s" if c["symbols_per_s"] else ""
            return f"{c['ratio']:.2f}x{ps}"
        tps = f"{row['tokens_per_s']:.3g}" if row["tokens_per_s"] else "-"
        out.append(f"| {row['source']} | {tps} | " + " | ".join(cell(k) for k in ("scales-1024", "scales-4096",
                                                                                 "interleaved-1024",
                                                                                 "interleaved-4096")) + " |")
    names = list(r["cross"])
    out += ["", "Merges learnt on the row's source (scales, 1,024) applied to the column's held-out part: "
            "fewer tokens by this factor.", "",
            "| learnt on \\ applied to | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for s in names:
        out.append(f"| {s} | " + " | ".join(f"{r['cross'][s][d]:.2f}" for d in names) + " |")
    out += ["", "| source | pairs | NMSE | with conditional decoding | change |", "|---|---:|---:|---:|---:|"]
    for c in r["conditional"]:
        if "skipped" in c:
            out.append(f"| {c['source']} | skipped ({c['skipped']}) | | | |")
        else:
            out.append(f"| {c['source']} | {c['pairs']} | {c['nmse']:.4g} | {c['nmse_conditional']:.4g} | "
                       f"{100 * c['change']:+.1f}% |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
