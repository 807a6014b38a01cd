"""The rate-distortion-perception sweep on real data: the default model (STAMP-I Hybrid, V=256) and its codebook refits to
V in {32, 64, 128, 512} against SAX, ABBA, SZ3, ZFP and pcodec on the held-out recordings of
every source in scripts/default_model.py (which the default model never saw).

    python scripts/rdp_real.py --packages .data-pkgs --out runs/real

Each source's held-out recordings are z-scored per channel and laid end to end (one stream per
channel; see stampcodec.rdp.sweep). The refits are fitted on the default model's own training
windows, never on held-out data. Writes OUT/rdp.{csv,md,png}.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from default_model import sources, training_set  # noqa: E402

from stampcodec import bundle as bundle_io  # noqa: E402
from stampcodec.codec import DEFAULT_MODEL  # noqa: E402
from stampcodec.rdp import methods, report, sweep  # noqa: E402
from stampcodec.refit import refit_codebook  # noqa: E402

SIZES = (32, 64, 128, 512)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", required=True, help="folder the data packages were installed into")
    ap.add_argument("--out", default="runs/real")
    ap.add_argument("--sources", help="comma-separated subset of the sources")
    ap.add_argument("--model", help="model bundle (default: the bundled default model)")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pk = Path(a.packages)
    first = Path(a.model) if a.model else DEFAULT_MODEL
    base = bundle_io.load(first)
    models = [first]
    train = None
    for v in SIZES:
        p = out / f"default-v{v}.stamp"
        if not p.exists():
            if train is None:
                train, _, _ = training_set(pk)
            t0 = time.perf_counter()
            new = refit_codebook(base, train, v, iterations=6, max_rows=3000)
            new.info["refit"]["data"] = "the default model's training windows (scripts/default_model.py)"
            new.info["refit"]["seconds"] = round(time.perf_counter() - t0, 1)
            bundle_io.save(new, p)
            print(f"refit V={v} in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
        models.append(p)
    stamps = [methods.Stamp(m) for m in models]
    which = {"sax", "abba", "sz3", "zfp", "pcodec"}
    rows: list[dict] = []
    wanted = set(a.sources.split(",")) if a.sources else None
    for name, (_, held) in sources(pk).items():
        if wanted and name not in wanted:
            continue
        ds = sweep.recordings_dataset(name, [r.data.T for r in held])
        t0 = time.perf_counter()
        sub = sweep.run(ds, stamps + methods.symbolic_baselines(which), None, which & {"sz3", "zfp"})
        rows += sub
        print(f"{ds.description}: {len(sub)} rows in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    for p in report.write_all(rows, out):
        print(f"wrote {p}")


if __name__ == "__main__":
    main()
