"""`stampcodec profile`: every case in its own process, then a table, JSON and a PNG."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tqdm import tqdm

from stampcodec.baselines import ABBA_TIERS, SAX_TIERS
from stampcodec.profiling.cases import DECODERS, ENCODERS

PAPER = "STAMP paper App. E.3 (T = 5000 decode): 0.45-2.25 ms, 0.12-0.15 MB"


def plan(decoders=DECODERS, encoders=ENCODERS, scales=(1, 2, 3), baselines=True, export_dir=None,
         length=5000, iterations=50, warmup=5) -> list[dict]:
    common = {"length": length, "iterations": iterations, "warmup": warmup}
    specs = [{"kind": "stamp", "backend": b, "op": "decode", "scales": s, "export_dir": export_dir, **common}
             for b in decoders for s in scales]
    specs += [{"kind": "stamp", "backend": b, "op": "encode", "scales": max(scales), "export_dir": export_dir, **common}
              for b in encoders]
    if baselines:
        for op in ("encode", "decode"):
            specs += [{"kind": "sax", "tier": i, "op": op, **common} for i in range(len(SAX_TIERS))]
            specs += [{"kind": "abba", "tier": i, "op": op, **common} for i in range(len(ABBA_TIERS))]
    return specs


def run_case(spec: dict) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    r = subprocess.run([sys.executable, "-m", "stampcodec.profiling.worker", json.dumps(spec)],
                       capture_output=True, text=True, env=env)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        return {**spec, "skipped": f"worker failed: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}"}
    out = json.loads(lines[-1])
    return {**spec, **out} if "skipped" in out else out


def run_all(specs: list[dict], progress: bool = True) -> list[dict]:
    return [run_case(s) for s in tqdm(specs, desc="profiling", unit="case", disable=not progress, file=sys.stderr)]


def label(r: dict) -> str:
    if r["kind"] == "stamp":
        return f"stamp {r['backend']}" + (f" s={r['scales']}" if r["op"] == "decode" else "")
    return f"{r['kind']} {r.get('note') or r['tier']}"


def _fmt_bytes(b: int | None) -> str:
    return "-" if b is None else f"{b / 1e6:.2f} MB" if b >= 1e6 else f"{b / 1e3:.1f} kB"


def table(results: list[dict]) -> str:
    head = ("| case | op | median ms | mean ms | p95 ms | samples/s | bpt | MSE | peak RSS | footprint | energy mJ/call |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|")
    lines = [head]
    for r in results:
        if "skipped" in r:
            continue
        e = "unavailable" if r["energy_mj_per_call"] is None else f"{r['energy_mj_per_call']:.3f}"
        lines.append(f"| {label(r)} | {r['op']} | {r['median_ms']:.3f} | {r['mean_ms']:.3f} | {r['p95_ms']:.3f} | "
                     f"{r['samples_per_s']:.3g} | {r['bpt']:.4f} | {r['mse']:.4f} | {_fmt_bytes(r['peak_rss_bytes'])} | "
                     f"{_fmt_bytes(r['footprint_bytes'])} | {e} |")
    skipped = sorted({f"{label(r)} {r['op']}: {r['skipped']}" for r in results if "skipped" in r})
    status = {r["energy_status"] for r in results if "energy_status" in r}
    tail = [f"\n{PAPER}", f"energy: {'; '.join(sorted(status)) or 'no case ran'}"]
    tail += [f"skipped {s}" for s in skipped]
    return "\n".join(lines + tail)


def plot(results: list[dict], path: str | Path) -> None:
    """Fig. 2 (right) redrawn: decode latency against distortion, marker area = footprint."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    rs = [r for r in results if "skipped" not in r and r["op"] == "decode"]
    colors = {"stamp": "tab:blue", "sax": "tab:orange", "abba": "tab:green"}
    for r in rs:
        size = 20 + (r["footprint_bytes"] or 0) / 2000
        ax.scatter(r["median_ms"], r["mse"], s=size, c=colors[r["kind"]], alpha=0.6)
        ax.annotate(label(r).replace("stamp ", ""), (r["median_ms"], r["mse"]), fontsize=6, alpha=0.8)
    for k, c in colors.items():
        ax.scatter([], [], c=c, label=k.upper())
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("decode latency, median ms (T = 5000, App. E.3 protocol)")
    ax.set_ylabel("MSE (z-normalized signal)")
    ax.set_title("Decoders: latency vs distortion (area ~ decoder footprint)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


# Runs under valgrind: only numpy and the extension are imported (by file, not through the
# stampcodec package), since everything under valgrind runs ~50x slower.
CALLGRIND_CODE = """
import importlib.machinery, importlib.util, sys, numpy as np
spec = importlib.util.spec_from_file_location("stampcodec._native", sys.argv[1],
    loader=importlib.machinery.ExtensionFileLoader("stampcodec._native", sys.argv[1]))
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
t = np.load(sys.argv[2])
dec = mod.Decoder(t["waves"], t["waves_q15"], int(t["exp"]), t["model_id"].tobytes(), int(t["mode"]), t["scales"].tolist())
header, frame = t["header"].tobytes(), t["frame"].tobytes()
for _ in range(int(sys.argv[3])):
    dec.open(header); dec.frame(frame, 0, sys.argv[4] == "q15")
"""


def callgrind(length: int = 5000, repeat: int = 10) -> dict[str, float]:
    """Instructions per decoded sample of the C decoder, counted by callgrind inside the decode call
    only (--toggle-collect), through the installed extension: the stable figure on noisy machines."""
    import numpy as np

    from stampcodec import container
    from stampcodec.codec import Codec
    from stampcodec.profiling.cases import signal
    from stampcodec.runtime import native

    if shutil.which("valgrind") is None:
        raise RuntimeError("valgrind is not installed (apt-get install valgrind)")
    if not native.available():
        raise RuntimeError("stampcodec._native is not built")
    c = Codec.load(backend="numpy")
    blob = c.encode(signal(length), frame_samples=-(-length // c.config.block) * c.config.block, resample=1)
    h, (raw,) = container.split(blob, "p")
    nd = native.NativeDecoder(c.bundle)
    out = {}
    with tempfile.TemporaryDirectory() as d:
        tables = Path(d) / "tables.npz"
        np.savez(tables, waves=nd.waves, waves_q15=nd.waves_q15, exp=nd.q15_exponent,
                 model_id=np.frombuffer(bytes.fromhex(c.model_id), np.uint8), mode=int(c.config.mode == "joint"),
                 scales=np.array(c.config.scales), header=np.frombuffer(h.raw, np.uint8), frame=np.frombuffer(raw, np.uint8))
        for name, fn in (("float", "stampdec_decode_frame"), ("q15", "stampdec_decode_frame_q15")):
            cg = Path(d) / f"cg.{name}"
            r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", f"--toggle-collect={fn}",
                                sys.executable, "-c", CALLGRIND_CODE, native._native.__file__, str(tables), str(repeat), name],
                               capture_output=True, text=True)
            if r.returncode != 0:
                raise RuntimeError(f"callgrind failed: {r.stderr[-500:]}")
            total = next(int(ln.split()[1]) for ln in cg.read_text().splitlines() if ln.startswith("summary:"))
            out[name] = total / (length * repeat)
    return out
