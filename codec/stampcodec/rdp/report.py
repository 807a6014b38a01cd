"""Rate-distortion-perception results as CSV, markdown and PNG, and the matched-rate verdicts."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from stampcodec.atomic import write_atomic
from stampcodec.errors import StampError

COLUMNS = ("dataset", "family", "config", "nominal_bpt", "real_bpt", "mse", "fid", "bytes", "samples",
           "matched_to_bpt", "rate_reached", "mask_bpt", "seconds")
MATCH_TOLERANCE = 0.05  # a baseline within 5% of a STAMP rate is at that rate


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in COLUMNS})
    return buf.getvalue()


def from_csv(text: str) -> list[dict]:
    rows = []
    for r in csv.DictReader(io.StringIO(text)):
        out: dict = {}
        for k, v in r.items():
            if v == "":
                out[k] = None
            elif k in ("dataset", "family", "config"):
                out[k] = v
            elif k == "rate_reached":
                out[k] = v == "True"
            else:
                out[k] = float(v)
        rows.append(out)
    return rows


def _fmt(v: object, digits: int = 3) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        if not math.isfinite(v):
            return str(v)
        return f"{v:.{digits}f}" if abs(v) < 1e4 else f"{v:.3g}"
    return str(v)


def _families(rows: list[dict]) -> list[str]:
    seen: list[str] = []
    for r in rows:
        if r["family"] not in seen:
            seen.append(r["family"])
    return seen


def verdicts(rows: list[dict]) -> list[dict]:
    """Each lossy baseline point against the best STAMP row (lowest MSE, any mode, loss or V) whose
    real rate is not above the baseline's (5% tolerance), on the same data set: measured points
    only, no interpolation."""
    out = []
    for r in rows:
        if r["family"].startswith("STAMP") or "lossless" in r["family"]:
            continue
        stamp = [s for s in rows if s["family"].startswith("STAMP") and s["dataset"] == r["dataset"]]
        if not stamp:
            continue
        lowest = min(s["real_bpt"] for s in stamp)
        x = r["real_bpt"]
        ok = [s for s in stamp if s["real_bpt"] <= x * (1 + MATCH_TOLERANCE)]
        if not ok:
            out.append({"dataset": r["dataset"], "baseline": f"{r['family']} {r['config']}", "real_bpt": x,
                        "baseline_mse": r["mse"], "stamp_mse": None, "baseline_fid": r["fid"], "stamp_fid": None,
                        "stamp_point": "", "stamp_bpt": None,
                        "verdict": f"below STAMP's lowest rate ({lowest:.3f}): no matched point"})
            continue
        best = min(ok, key=lambda s: s["mse"])
        fewer = best["real_bpt"] < x * (1 - MATCH_TOLERANCE)
        if best["mse"] < r["mse"]:
            verdict = "STAMP wins with fewer bits" if fewer else "STAMP wins"
        else:
            verdict = "baseline wins, at more bits" if fewer else "baseline wins"
        out.append({"dataset": r["dataset"], "baseline": f"{r['family']} {r['config']}", "real_bpt": x,
                    "baseline_mse": r["mse"], "stamp_mse": best["mse"], "baseline_fid": r["fid"],
                    "stamp_fid": best["fid"], "stamp_point": f"{best['family']} {best['config']}",
                    "stamp_bpt": best["real_bpt"], "verdict": verdict})
    return out


def markdown(rows: list[dict]) -> str:
    lines = []
    for ds in dict.fromkeys(r["dataset"] for r in rows):
        sub = [r for r in rows if r["dataset"] == ds]
        mask = sub[0].get("mask_bpt") or 0.0
        lines += [f"### {ds}", ""]
        if mask:
            lines += [f"Missing-sample mask, not charged to any method: {mask:.3f} bpt.", ""]
        lines += ["| method | config | nominal bpt | real bpt | MSE | FID |", "|---|---|---|---|---|---|"]
        for fam in _families(sub):
            for r in sorted((r for r in sub if r["family"] == fam), key=lambda r: r["real_bpt"]):
                cfg = r["config"]
                if r.get("matched_to_bpt") is not None:
                    cfg += f" (to {r['matched_to_bpt']:.3f}{'' if r.get('rate_reached') else ', unreachable'})"
                lines.append(f"| {fam} | {cfg} | {_fmt(r.get('nominal_bpt'))} | {_fmt(r['real_bpt'])} | "
                             f"{_fmt(r['mse'])} | {_fmt(r['fid'], 1)} |")
        v = verdicts(sub)
        if v:
            lines += ["", "Each baseline against the best STAMP row at no more bits (real rate, 5% tolerance):", "",
                      "| baseline | real bpt | its MSE | its FID | STAMP row | its real bpt | STAMP MSE | STAMP FID | verdict |",
                      "|---|---|---|---|---|---|---|---|---|"]
            for x in v:
                lines.append(f"| {x['baseline']} | {_fmt(x['real_bpt'])} | {_fmt(x['baseline_mse'])} | "
                             f"{_fmt(x['baseline_fid'], 1)} | {x['stamp_point']} | {_fmt(x['stamp_bpt'])} | "
                             f"{_fmt(x['stamp_mse'])} | {_fmt(x['stamp_fid'], 1)} | {x['verdict']} |")
        lines.append("")
    return "\n".join(lines)


def plot(rows: list[dict], path: str | Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import NullFormatter
    except ImportError:
        raise StampError("plots need matplotlib: pip install 'stampcodec[compare]' (or --no-plot)") from None
    datasets = list(dict.fromkeys(r["dataset"] for r in rows))
    fig, axes = plt.subplots(len(datasets), 2, figsize=(11, 3.6 * len(datasets)), squeeze=False)
    markers = "os^vD<>pPX*h"
    # one colour and marker per family across every panel
    every = [f for f in _families(rows) if "lossless" not in f]
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for i, ds in enumerate(datasets):
        sub = [r for r in rows if r["dataset"] == ds]
        lossless = [r for r in sub if "lossless" in r["family"]]
        for fam in (f for f in _families(sub) if "lossless" not in f):
            j = every.index(fam)
            pts = sorted((r for r in sub if r["family"] == fam), key=lambda r: r["real_bpt"])
            style = "-" if fam.startswith("STAMP") else "--"
            for ax, key in zip(axes[i], ("mse", "fid")):
                ax.plot([r["real_bpt"] for r in pts], [max(r[key], 1e-3) for r in pts], style,
                        marker=markers[j % len(markers)], color=colours[j % len(colours)], label=fam, ms=5)
        for ax, key in zip(axes[i], ("MSE (standardized)", "FID (App. E.4)")):
            ax.set_xscale("log")
            ax.set_yscale("log")
            for axis in (ax.xaxis, ax.yaxis):  # short ranges otherwise print overlapping labels
                axis.set_minor_formatter(NullFormatter())
            ax.set_xlabel("real rate, bits per channel-sample (file bytes)")
            ax.set_ylabel(key)
            title = ds + (f"  (lossless pcodec: {lossless[0]['real_bpt']:.1f} bpt)" if lossless else "")
            ax.set_title(title, fontsize=9)
            ax.grid(True, which="both", alpha=0.3)
        axes[i][0].legend(fontsize=7, ncol=2)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    write_atomic(path, buf.getvalue())


def write_all(rows: list[dict], out_dir: str | Path, stem: str = "rdp", png: bool = True) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / f"{stem}.csv", out / f"{stem}.md"]
    write_atomic(written[0], to_csv(rows).encode())
    write_atomic(written[1], markdown(rows).encode())
    if png:
        written.append(out / f"{stem}.png")
        plot(rows, written[-1])
    return written


def main(argv: list[str] | None = None) -> int:
    """python -m stampcodec.rdp.report OUT_DIR A.csv B.csv ...: one table and plot from many runs."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print("usage: python -m stampcodec.rdp.report OUT_DIR RDP.csv [RDP.csv ...]", file=sys.stderr)
        return 2
    rows = [r for p in args[1:] for r in from_csv(Path(p).read_text())]
    for p in write_all(rows, args[0]):
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
