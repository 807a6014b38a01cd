"""Format version 2 on held-out real recordings at their native rates: what entropy coding and
per-channel resampling do to the default model's rate and error, against SZ3 at the same bytes.

    pip install --no-deps --target .data-pkgs seglearn==1.2.5 heartpy==1.2.7 pvanalytics==0.2.2 \
        aeon==1.6.0 sktime==1.2.0 systole==0.3.1 pyhrv==0.5.0
    python scripts/rd_v2.py --packages .data-pkgs [--json runs/rd_v2.json]

Sources: the held-out parts of every source in scripts/default_model.py (the default model
trained on the other parts), and 1 kHz recordings from packages the default model never saw
(systole's ECG, respiration and EDA, a 200,000-sample slice each; pyhrv's BITalino ECG). Every
stampcodec figure is a whole token file (headers included), decoded and scored by NMSE (MSE /
variance per channel, averaged). SZ3's figure is its lowest NMSE among bounds (60 absolute
bounds from 1e-5 to 3 on the channels z-scored and laid end to end) and its three predictors
whose output is no larger than stampcodec's file: its size is not monotone in the bound, so the grid, not a bisection.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from default_model import sources  # noqa: E402

from stampcodec import container  # noqa: E402
from stampcodec.codec import Codec, verify  # noqa: E402
from stampcodec.missing import fill_missing  # noqa: E402


def recordings(packages: Path) -> dict[str, np.ndarray]:
    out = {}
    for name, (_, held) in sources(packages).items():
        if name == "plaid-current":  # 1,074 short series: not one recording
            continue
        out[name] = np.concatenate([r.data for r in held]) if name == "watch-imu" else held[0].data
    for n in ("ECG", "Respiration", "EDA"):
        a = np.load(packages / "systole" / "datasets" / f"Task1_{n}.npy")
        out[f"systole-{n.lower()} (1 kHz, unseen)"] = a[200000:400000, None].astype(np.float64)
    e = np.loadtxt(packages / "pyhrv" / "files" / "SampleECG.txt")[:, -1]
    out["bitalino-ecg (1 kHz, unseen)"] = e[:, None].astype(np.float64)
    return out


def sz3_best(x: np.ndarray, max_bytes: int) -> tuple[float, int, str]:
    """SZ3's lowest NMSE within max_bytes over a grid of bounds and its predictors."""
    import pysz

    # z-scored per channel (NMSE does not change), channels end to end, as the rdp sweep does
    std = np.nanstd(x, axis=0)
    x = (x - np.nanmean(x, axis=0)) / np.where(std > 0, std, 1.0)
    z = fill_missing(x.T).astype(np.float32)  # (C, T)
    stream = np.ascontiguousarray(z.ravel())
    best = (np.inf, 0, "none fits")
    for bound in np.geomspace(1e-5, 3, 60):
        for algo in ("INTERP_LORENZO", "INTERP", "LORENZO_REG"):
            cfg = pysz.szConfig()
            cfg.errorBoundMode = pysz.szErrorBoundMode.ABS
            cfg.absErrorBound = float(bound)
            cfg.cmprAlgo = getattr(pysz.szAlgorithm, algo)
            comp, _ = pysz.sz.compress(stream, cfg)
            if comp.nbytes > max_bytes:
                continue
            dec, _ = pysz.sz.decompress(comp, np.float32, stream.shape)
            y = np.asarray(dec, dtype=np.float64).reshape(z.shape).T
            nmse = verify(x, y).nmse
            if nmse < best[0]:
                best = (nmse, int(comp.nbytes), f"{algo} eb={bound:.3g}")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", required=True, type=Path)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    codec = Codec.load(backend="numpy")
    rows = []
    for name, x in recordings(a.packages).items():
        row = {"source": name, "samples": x.shape[0], "channels": x.shape[1]}
        for key, kw in (("v1", dict(version=1)), ("v2-entropy", dict(resample=1)), ("v2-auto", dict())):
            blob = codec.encode(x, **kw)
            v = verify(x, codec.decode(blob), blob)
            row[key] = {"bytes": len(blob), "bpt": v.bpt, "nmse": v.nmse}
            if key == "v2-auto":
                h = container.read_header(io.BytesIO(blob), name)
                row["factors"] = sorted(set(h.factors))
                d = container.describe(io.BytesIO(blob), name, len(blob))
                row["bits_per_token"] = [round(g["bits_per_token"], 2) for g in d["segments"]]
        for key in ("v1", "v2-auto"):
            nmse, nbytes, cfg = sz3_best(x, row[key]["bytes"])
            row[f"sz3@{key}"] = {"nmse": nmse, "bytes": nbytes, "config": cfg}
        rows.append(row)
        print(f"{name:32s} v1 {row['v1']['bpt']:.3f} bpt NMSE {row['v1']['nmse']:.4f} | entropy {row['v2-entropy']['bpt']:.3f} "
              f"| auto x{row['factors']} {row['v2-auto']['bpt']:.3f} bpt NMSE {row['v2-auto']['nmse']:.4f} "
              f"| SZ3 same bytes: {row['sz3@v1']['nmse']:.4f} / {row['sz3@v2-auto']['nmse']:.4f} "
              f"| bits/token {row['bits_per_token']}", flush=True)
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
