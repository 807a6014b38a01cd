"""The profiling harness: baselines, energy through Zeus on a fake RAPL tree, a worker process,
the CLI's outputs, and the callgrind count."""

import json

import pytest

from stampcodec.cli import main
from stampcodec.profiling import runner
from stampcodec.baselines import ABBA_TIERS, SAX_TIERS, Abba, Sax
from stampcodec.profiling.cases import signal
from stampcodec.profiling.energy import EnergyMeter

from helpers import require_tools


def test_sax_tiers_trade_rate_for_distortion():
    x = signal(5000)
    errs, rates = [], []
    for w, a in SAX_TIERS:
        s = Sax(w, a)
        sym = s.encode(x)
        assert sym.shape == (w,) and sym.max() < a
        y = s.decode(sym, len(x))
        assert y.shape == x.shape
        errs.append(((x - y) ** 2).mean())
        rates.append(s.bits_per_sample(len(x)))
    assert rates == sorted(rates) and errs == sorted(errs, reverse=True)
    assert Sax(4, 2).levels == pytest.approx([-0.7979, 0.7979], abs=1e-4)  # E|X| of a half normal


def test_abba_inverse():
    x = signal(2000)
    errs = []
    for tol in ABBA_TIERS:
        ab = Abba(tol)
        sym = ab.encode(x)
        y = ab.decode(sym, len(x), float(x[0]))
        assert y.shape == x.shape and ab.bits_per_sample(sym, len(x)) > 0
        errs.append(((x - y) ** 2).mean())
    assert errs[-1] < errs[0]


@pytest.fixture
def fake_rapl(tmp_path, monkeypatch):
    """A powercap tree like an Intel machine's, with a counter the test advances."""
    import zeus.device.cpu as zcpu
    from zeus.device.cpu import rapl

    pkg = tmp_path / "intel-rapl" / "intel-rapl:0"
    pkg.mkdir(parents=True)
    (pkg / "name").write_text("package-0\n")
    (pkg / "energy_uj").write_text("1000000\n")
    (pkg / "max_energy_range_uj").write_text("262143328850\n")
    monkeypatch.setattr(rapl, "RAPL_DIR", str(tmp_path / "intel-rapl"))
    monkeypatch.setattr(rapl, "CONTAINER_RAPL_DIR", str(tmp_path / "none"))
    rapl.rapl_is_available.cache_clear()
    monkeypatch.setattr(zcpu, "_cpus", None)
    yield pkg / "energy_uj"
    rapl.rapl_is_available.cache_clear()
    zcpu._cpus = None


def test_energy_through_zeus_on_fake_rapl(fake_rapl):
    meter = EnergyMeter()
    assert meter.available, meter.why
    with meter.window("t") as r:
        fake_rapl.write_text("3500000\n")  # 2.5 J later
    assert r["joules"] == pytest.approx(2.5, rel=1e-6)


def test_energy_unavailable_is_said_not_zero(tmp_path, monkeypatch):
    import zeus.device.cpu as zcpu
    from zeus.device.cpu import rapl

    monkeypatch.setattr(rapl, "RAPL_DIR", str(tmp_path / "absent"))
    monkeypatch.setattr(rapl, "CONTAINER_RAPL_DIR", str(tmp_path / "absent2"))
    rapl.rapl_is_available.cache_clear()
    monkeypatch.setattr(zcpu, "_cpus", None)
    meter = EnergyMeter()
    assert not meter.available and "no RAPL" in meter.why
    with meter.window("t") as r:
        pass
    assert r["joules"] is None
    rapl.rapl_is_available.cache_clear()


def test_worker_process_reports_everything():
    r = runner.run_case({"kind": "stamp", "backend": "numpy", "op": "decode", "scales": 2, "length": 1000,
                         "iterations": 5, "warmup": 1})
    assert "skipped" not in r, r
    assert 0 < r["median_ms"] <= r["p95_ms"] * 1.0001
    assert r["peak_rss_bytes"] > r["rss_after_setup_bytes"] * 0.5 > 0
    assert r["footprint_bytes"] == 256 * 64 * 4
    assert r["bpt"] == pytest.approx(3 * 8 * 8 / 1000)  # 8 blocks x (1 + 2) tokens x 8 bits
    assert (r["energy_mj_per_call"] is None) == r["energy_status"].startswith("unavailable")


@pytest.mark.slow
def test_profile_cli_outputs(tmp_path, capsys):
    j, png = tmp_path / "p.json", tmp_path / "p.png"
    assert main(["profile", "--backends", "numpy,native-float,native-q15", "--encoders", "numpy", "--length", "1000",
                 "--iterations", "3", "--warmup", "1", "--json", str(j), "--png", str(png), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "| stamp native-q15 s=3 | decode |" in out and "sax w=500, a=128" in out and "abba tol=0.1" in out
    assert "STAMP paper App. E.3" in out
    doc = json.loads(j.read_text())
    assert len([r for r in doc["results"] if "skipped" not in r]) == 9 + 1 + 12
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_absent_backend_is_skipped_with_a_reason(tmp_path):
    r = runner.run_case({"kind": "stamp", "backend": "onnx", "op": "decode", "scales": 3, "length": 500,
                         "iterations": 2, "warmup": 0, "export_dir": str(tmp_path)})
    assert "no stampcodec-export.json" in r["skipped"]
    assert "skipped stamp onnx s=3 decode" in runner.table([r])


@pytest.mark.slow
def test_callgrind_instructions_per_sample():
    require_tools("valgrind")
    got = runner.callgrind(length=2000, repeat=3)
    assert 5 < got["float"] < 100 and 5 < got["q15"] < 150, got
