"""Bulk encoding throughput against the number of Dask workers, and peak memory per worker.

    python scripts/bulk_scaling.py --packages .data-pkgs --json docs/results/bulk_scaling.json [--max-error 0.01]

A folder of 200 real recordings (systole's 1 kHz ECG, respiration and EDA, 1.54 M samples each,
cut into 200 consecutive pieces of 7,682 samples x 3 channels: 4.6 M samples in all, CSV) is encoded by
`stampcodec encode FOLDER -o OUT` in this process, then with --workers 1 and 2 (a LocalCluster
on this machine), each into a fresh folder; wall time from the command's start (cluster start
included), files and samples per second, and the workers' peak RSS (psutil, sampled every
0.2 s over the worker processes) are written out. Machine: whatever runs it (say which).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np



def make_folder(packages: Path, folder: Path, n: int = 200) -> int:
    """n recordings as CSV files; -> samples x channels in all."""
    folder.mkdir(parents=True, exist_ok=True)
    x = np.stack([np.load(packages / "systole" / "datasets" / f"Task1_{k}.npy") for k in ("ECG", "Respiration", "EDA")],
                 axis=1)
    total, length = 0, len(x) // n
    for i in range(n):
        piece = x[i * length:(i + 1) * length]
        np.savetxt(folder / f"rec{i:03d}.csv", piece, delimiter=",", fmt="%.6g", header="ecg,resp,eda", comments="")
        total += piece.size
    return total


def peak_rss_of_children(stop: threading.Event, out: dict) -> None:
    import psutil

    me = psutil.Process()
    peak: dict[int, int] = {}
    while not stop.is_set():
        for p in me.children(recursive=True):
            try:
                peak[p.pid] = max(peak.get(p.pid, 0), p.memory_info().rss)
            except psutil.Error:
                pass
        time.sleep(0.2)
    out["peak_rss_bytes"] = sorted(peak.values(), reverse=True)


def run(folder: Path, out: Path, extra: list[str]) -> dict:
    stats: dict = {}
    stop = threading.Event()
    watcher = threading.Thread(target=peak_rss_of_children, args=(stop, stats))
    watcher.start()
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "stampcodec", "encode", str(folder), "-o", str(out), "--quiet", *extra],
                       capture_output=True, text=True)
    stats["seconds"] = time.perf_counter() - start
    stop.set()
    watcher.join()
    if r.returncode != 0:
        raise SystemExit(f"encode failed: {r.stderr}")
    stats["bytes"] = sum(p.stat().st_size for p in out.iterdir())
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--work", type=Path, default=Path("runs/bulk"))
    ap.add_argument("--max-error", default=None, help="encode with this bound (default: the token layer)")
    a = ap.parse_args()
    folder = a.work / "in"
    samples = make_folder(a.packages, folder)
    extra = ["--max-error", a.max_error] if a.max_error else []
    rows = []
    for name, opts in (("this process", []), ("--workers 1", ["--workers", "1"]), ("--workers 2", ["--workers", "2"])):
        out = a.work / f"out-{len(rows)}"
        subprocess.run(["rm", "-rf", str(out)], check=True)
        s = run(folder, out, extra + opts)
        s.update(mode=name, files=200, samples=samples, samples_per_s=samples / s["seconds"])
        rows.append(s)
        print(f"{name:14s} {s['seconds']:7.1f} s  {samples / s['seconds'] / 1e6:6.2f} M samples/s  "
              f"peak RSS per process {[round(v / 2**20) for v in s['peak_rss_bytes'][:3]]} MiB", flush=True)
    if a.json:
        a.json.write_text(json.dumps({"rows": rows, "options": extra}, indent=1) + "\n")


if __name__ == "__main__":
    main()
