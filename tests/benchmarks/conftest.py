"""After a benchmark run, from the medians: samples per second of every benchmark that says how
many samples a call handles (extra_info["samples"]), and the multiply-add rate of those that count
their multiply-adds (extra_info["macs"]) with its share of the run's peak GEMM (test_mac_rate.py)."""

import pytest


@pytest.hookimpl(trylast=True)  # after pytest-benchmark's own table
def pytest_terminal_summary(terminalreporter, config):
    session = getattr(config, "_benchmarksession", None)
    done = [b for b in getattr(session, "benchmarks", []) if b]
    per_second = {b.fullname: b.extra_info["samples"] / b.stats.median for b in done if "samples" in b.extra_info}
    if per_second:
        terminalreporter.section("samples per second (medians)")
        for name, rate in per_second.items():
            terminalreporter.write_line(f"{name:72s} {rate / 1e6:9.2f} M")
    macs = {b.name: b.extra_info["macs"] / b.stats.median for b in done if "macs" in b.extra_info}
    if macs:
        peak = macs.get("test_peak_gemm")
        terminalreporter.section("multiply-add rates (medians)")
        for name, rate in macs.items():
            share = f"  {rate / peak:4.0%} of the peak GEMM" if peak else ""
            terminalreporter.write_line(f"{name:32s} {rate / 1e9:6.2f} G/s{share}")
