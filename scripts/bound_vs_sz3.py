"""`encode --max-error` against SZ3 (and ZFP) at the same absolute error bound: bytes.

    pip install --no-deps --target .data-pkgs seglearn==1.2.5 heartpy==1.2.7 pvanalytics==0.2.2 \
        aeon==1.6.0 sktime==1.2.0 systole==0.3.1 pyhrv==0.5.0
    python scripts/bound_vs_sz3.py --packages .data-pkgs --json docs/results/bounded.json
    python scripts/bound_vs_sz3.py --table docs/results/bounded.json > docs/results/bounded.md

Sources: the recordings of scripts/rd_v2.py (held-out parts of the default model's sources,
unseen 1 kHz recordings) and SeqComb's MV and Single test splits. Bounds are per channel,
E = e x the channel's standard deviation, for e on a grid. stampcodec's figure is the whole file
(headers and missing-sample masks included), decoded and checked: max |x - y| <= E on every
observed sample. SZ3 (pysz, ABS mode) gets its best case: the channels z-scored (so one bound e
serves them all) and gap-filled, laid end to end and also coded channel by channel, as float32
and as float64, with each of its three predictors; the fewest bytes of those 12 runs count.
ZFP (zfpy, fixed accuracy with tolerance e) the same way, float32 and float64.
No model is involved in the bounded layer, so no source is "seen" by it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

BOUNDS = (1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1)


def sz3_bytes(z: np.ndarray, e: float) -> tuple[int, str]:
    """Fewest bytes SZ3 needs for bound e on z (C, T) z-scored, gap-filled."""
    import pysz

    best = (1 << 62, "")
    for dtype in (np.float32, np.float64):
        for layout in ("stream", "channels"):
            parts = [z.ravel()] if layout == "stream" else list(z)
            for algo in ("INTERP_LORENZO", "INTERP", "LORENZO_REG"):
                total = 0
                for part in parts:
                    cfg = pysz.szConfig()
                    cfg.errorBoundMode = pysz.szErrorBoundMode.ABS
                    cfg.absErrorBound = float(e)
                    cfg.cmprAlgo = getattr(pysz.szAlgorithm, algo)
                    comp, _ = pysz.sz.compress(np.ascontiguousarray(part, dtype=dtype), cfg)
                    total += int(comp.nbytes)
                best = min(best, (total, f"{algo} {layout} {np.dtype(dtype).name}"))
    return best


def zfp_bytes(z: np.ndarray, e: float) -> tuple[int, str]:
    try:
        import zfpy
    except ImportError:
        return (0, "zfpy not installed")
    best = (1 << 62, "")
    for dtype in (np.float32, np.float64):
        for layout in ("stream", "channels"):
            parts = [z.ravel()] if layout == "stream" else list(z)
            total = sum(len(zfpy.compress_numpy(np.ascontiguousarray(p, dtype=dtype), tolerance=e)) for p in parts)
            best = min(best, (total, f"{layout} {np.dtype(dtype).name}"))
    return best


def sources(packages: Path) -> dict[str, np.ndarray]:
    from rd_v2 import recordings

    from stampcodec.rdp.sweep import seqcomb_dataset

    out = recordings(packages)
    for v in ("mv", "single"):
        ds = seqcomb_dataset(v)
        out[f"{ds.name} (test split)"] = ds.stream.T.copy()
    return out


def measure(name: str, x: np.ndarray, bounds: tuple[float, ...], model: str | None = None) -> list[dict]:
    from stampcodec import Codec
    from stampcodec.missing import fill_missing

    codec = Codec.load(model)
    mean, std = np.nanmean(x, axis=0), np.nanstd(x, axis=0)
    std = np.where(std > 0, std, 1.0)
    z = fill_missing(((x - mean) / std).T, np.float64)
    rows = []
    for e in bounds:
        t0 = time.perf_counter()
        blob = codec.encode(x, max_error=list(e * std))
        t1 = time.perf_counter()
        y = codec.decode(blob)
        t2 = time.perf_counter()
        ok = np.isfinite(x)
        worst = float(np.max(np.abs(x - y)[ok] / np.broadcast_to(std, x.shape)[ok]))
        if worst > e:
            raise AssertionError(f"{name}: bound {e} broken ({worst})")
        sz, sz_cfg = sz3_bytes(z, e)
        zf, zf_cfg = zfp_bytes(z, e)
        rows.append({"source": name, "samples": int(x.size), "channels": int(x.shape[1]), "e": e,
                     "stampcodec_bytes": len(blob), "stampcodec_bpt": 8 * len(blob) / x.size,
                     "max_error_over_bound": worst / e, "sz3_bytes": sz, "sz3_config": sz_cfg,
                     "zfp_bytes": zf, "zfp_config": zf_cfg, "ratio_vs_sz3": len(blob) / sz,
                     "encode_s": t1 - t0, "decode_s": t2 - t1})
        print(f"{name[:34]:34s} e={e:<6g} stampcodec {len(blob):8d} B  SZ3 {sz:8d} B ({sz_cfg})  ZFP {zf:8d}  "
              f"ratio {len(blob) / sz:.3f}", file=sys.stderr, flush=True)
    return rows


def markdown(rows: list[dict]) -> str:
    bounds = sorted({r["e"] for r in rows})
    names = list(dict.fromkeys(r["source"] for r in rows))
    out = ["| source | samples | " + " | ".join(f"e={e:g}" for e in bounds) + " |",
           "|---|---:|" + "---:|" * len(bounds)]
    for n in names:
        by = {r["e"]: r for r in rows if r["source"] == n}
        cells = [(f"{by[e]['stampcodec_bytes']} / {by[e]['sz3_bytes']} ("
                  + (f"**{by[e]['ratio_vs_sz3']:.2f}**" if by[e]["ratio_vs_sz3"] < 1 else f"{by[e]['ratio_vs_sz3']:.2f}")
                  + ")") if e in by else "" for e in bounds]
        out.append(f"| {n} | {by[bounds[0]]['samples']} | " + " | ".join(cells) + " |")
    wins = sum(r["ratio_vs_sz3"] < 1 for r in rows)
    out += ["", f"Cells: stampcodec bytes / SZ3 bytes (ratio, bold where stampcodec is smaller). Smaller in "
                f"{wins} of {len(rows)} cells; median ratio {np.median([r['ratio_vs_sz3'] for r in rows]):.3f}."]
    return "\n".join(out) + "\n"


def run(doc: str, measure_one, table) -> None:
    """The command line both scripts share: --table JSON prints its tables; --packages measures
    every source (or --only some) with measure_one(name, x) -> rows, written to --json as it goes."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, help="folder with the data packages (pip --target)")
    ap.add_argument("--json", type=Path, help="write the measurements here")
    ap.add_argument("--table", type=Path, help="print the markdown table of a JSON written before")
    ap.add_argument("--only", help="comma-separated substrings of source names to run")
    ap.add_argument("--model", help="model bundle (default: the bundled default model)")
    a = ap.parse_args()
    if a.table:
        print(table(json.loads(a.table.read_text())["rows"]), end="")
        return
    if a.packages is None:
        ap.error("--packages is needed to measure")
    sys.path.insert(0, str(a.packages))
    rows: list[dict] = []
    for name, x in sources(a.packages).items():
        if a.only and not any(s in name for s in a.only.split(",")):
            continue
        rows += measure_one(name, x, a.model)
        if a.json:
            a.json.write_text(json.dumps({"rows": rows}, indent=1) + "\n")


if __name__ == "__main__":
    run(__doc__, lambda name, x, model: measure(name, x, BOUNDS, model), markdown)
