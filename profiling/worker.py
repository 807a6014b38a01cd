"""One profiled case in a fresh process: set up, reset the RSS high-water mark, run the App. E.3
protocol inside an energy window, print one JSON line.

    python -m stampcodec.profiling.worker '{"kind": "stamp", "backend": "numpy", "op": "decode", "scales": 3}'
"""

from __future__ import annotations

import json
import sys

from stampcodec.errors import StampError


def run(spec: dict) -> dict:
    from stampcodec.profiling import memory
    from stampcodec.profiling.cases import baseline_case, signal, stamp_case
    from stampcodec.profiling.energy import EnergyMeter
    from stampcodec.profiling.protocol import time_call

    x = signal(spec.get("length", 5000))
    if spec["kind"] == "stamp":
        case = stamp_case(spec["backend"], spec["op"], spec.get("scales", 3), x, spec.get("export_dir"))
    else:
        case = baseline_case(spec["kind"], spec["tier"], spec["op"], x)
    meter = EnergyMeter()
    rss_setup = memory.current_rss_bytes()
    reset = memory.reset_peak()
    with meter.window("profile") as e:
        t = time_call(case.fn, len(x), spec.get("warmup", 5), spec.get("iterations", 50))
    peak = memory.peak_rss_bytes() if reset else None
    n_calls = spec.get("warmup", 5) + spec.get("iterations", 50)
    return {
        **spec, "mean_ms": t.mean_ms, "median_ms": t.median_ms, "p95_ms": t.p95_ms, "samples_per_s": t.samples_per_s,
        "bpt": case.bpt, "mse": case.mse, "footprint_bytes": case.footprint_bytes, "note": case.note,
        "rss_after_setup_bytes": rss_setup, "peak_rss_bytes": peak,
        "energy_mj_per_call": None if e["joules"] is None else 1e3 * e["joules"] / n_calls,
        "energy_status": "RAPL via Zeus" if e["joules"] is not None else f"unavailable: {meter.why}",
    }


if __name__ == "__main__":
    try:
        print(json.dumps(run(json.loads(sys.argv[1]))))
    except (ImportError, StampError) as err:
        print(json.dumps({"skipped": str(err)}))
