"""After a benchmark run: the multiply-add rate of every benchmark that counts its multiply-adds
(extra_info["macs"]), and its share of the run's peak GEMM (test_mac_rate.py), from the medians."""


import pytest


@pytest.hookimpl(trylast=True)  # after pytest-benchmark's own table
def pytest_terminal_summary(terminalreporter, config):
    session = getattr(config, "_benchmarksession", None)
    rates = {b.name: b.extra_info["macs"] / b.stats.median
             for b in getattr(session, "benchmarks", []) if b and "macs" in b.extra_info}
    if not rates:
        return
    peak = rates.get("test_peak_gemm")
    terminalreporter.section("multiply-add rates (medians)")
    for name, rate in rates.items():
        share = f"  {rate / peak:4.0%} of the peak GEMM" if peak else ""
        terminalreporter.write_line(f"{name:32s} {rate / 1e9:6.2f} G/s{share}")
