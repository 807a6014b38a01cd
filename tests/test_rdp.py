"""Rate-distortion-perception comparison: codebook refits, baselines, rate matching, reports, CLI."""

import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from helpers import random_bundle
from stampcodec import bundle as bundle_io
from stampcodec.cli import main
from stampcodec.codec import Codec
from stampcodec.datasets.seqcomb import generate
from stampcodec.evaluate import reconstruct
from stampcodec.rdp import methods, report, sweep
from stampcodec.refit import refit_codebook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def mv_small():
    return sweep.seqcomb_dataset("mvirreg", n_samples=200)


def test_refit_changes_only_the_codebook_and_lowers_its_distortion():
    b = random_bundle(codebook_size=64, normalization="none")
    x = generate("single", n_samples=300, seed=1).split("train").x
    steps = []
    new = refit_codebook(b, x, 16, iterations=5, max_rows=200, on_step=steps.append)
    assert new.codebook.shape == (16, b.config.n_atoms) and new.config.codebook_size == 16
    assert all(np.array_equal(new.tensors[k], b.tensors[k]) for k in b.tensors if k != "codebook")
    assert new.model_id != b.model_id and new.info["refit"]["base_model_id"] == b.model_id
    assert steps[-1].distortion < steps[0].distortion
    # a refit at the same size fits the data better than random codewords do
    same = refit_codebook(b, x, 64, iterations=4, max_rows=200)
    test = generate("single", n_samples=300, seed=1).split("test").x
    err = lambda m: float(((reconstruct(m, test)[0] - test) ** 2).mean())  # noqa: E731
    assert err(same) < err(b)
    # and it survives the bundle file
    assert bundle_io.from_bytes(bundle_io.to_bytes(new)).model_id == new.model_id


def test_refit_rejects_too_little_data():
    b = random_bundle(codebook_size=32)
    with pytest.raises(ValueError, match="cannot seed"):
        refit_codebook(b, np.zeros((1, 1, 128), np.float32), 512)


def test_stamp_method_counts_file_bytes_and_stores_no_gap_mask(rand_model_path, mv_small):
    m = methods.Stamp(rand_model_path)
    coded = m.code(mv_small.stream, mv_small.window)
    blob = m.codec.encode(mv_small.stream.T, keep_gaps=False)
    assert coded.real_bytes == len(blob) < len(m.codec.encode(mv_small.stream.T))
    assert np.isfinite(coded.recon).all() and coded.recon.shape == mv_small.stream.shape
    assert m.family == "STAMP-I Hybrid" and m.config == "V=256"


def test_sax_tier_costs_and_a_fine_word_quantizes_gaussian_data_closely():
    x = np.random.default_rng(0).standard_normal((2, 1000))
    coarse = methods.Sax(25, 2).code(x, 200)
    assert coarse.nominal_bits == 2 * 5 * 25 * 1 and coarse.real_bytes == math.ceil(2 * 5 * 25 / 8) + 8
    fine = methods.Sax(500, 128).code(x, 200)  # w capped at the 200-sample window: one symbol per sample
    assert fine.nominal_bits == pytest.approx(2 * 1000 * 7)
    assert ((fine.recon - x) ** 2).mean() < 5e-3  # 128 equiprobable levels; the tails dominate


def test_abba_reconstructs_a_piecewise_linear_signal_and_counts_its_table():
    t = np.arange(400)
    x = np.interp(t % 200, [0, 50, 120, 199], [0.0, 2.0, -1.0, 0.5])[None]
    coded = methods.Abba(0.1, 8).code(x, 200)
    assert ((coded.recon - x) ** 2).mean() < 0.1 * x.var()
    assert coded.real_bytes >= 2 * 2 + 8  # at least: two float16 starts and one centre


def test_float_compressors_keep_their_bounds():
    x = np.cumsum(np.random.default_rng(1).standard_normal((2, 5000)), axis=1) / 30
    sz = methods.Sz3(0.05).code(x, 256)
    assert np.abs(sz.recon - x).max() <= 0.05 * 1.0001
    zf = methods.Zfp(0.05).code(x, 256)
    assert np.abs(zf.recon - x).max() <= 0.05
    pc = methods.Pcodec().code(x, 256)
    assert np.array_equal(pc.recon, x.astype(np.float32))
    assert pc.real_bytes < x.astype(np.float32).nbytes


def test_grid_match_takes_the_best_point_within_the_rate(mv_small):
    """Among grid points at or below the target, the lowest MSE (SZ3's size is not monotone in
    its bound, so the point just below the target is not always the best)."""
    cands = sweep.grids({"sz3"})["sz3"]
    (m, reached, _), = sweep.match_on_grid(cands, mv_small, [0.5])
    coded = m.code(mv_small.stream, mv_small.window)
    rate = 8 * coded.real_bytes / mv_small.stream.size
    assert reached and rate <= 0.5
    mse = sweep.mse_observed(mv_small.stream, coded.recon)
    for c in cands[::7]:
        other = c.code(mv_small.stream, mv_small.window)
        if 8 * other.real_bytes / mv_small.stream.size <= 0.5:
            assert mse <= sweep.mse_observed(mv_small.stream, other.recon)
    (m, reached, _), = sweep.match_on_grid(sweep.grids({"zfp"})["zfp"], mv_small, [0.01])
    assert not reached  # ZFP cannot go that low in 1-D: reported, not faked


def test_dct_baseline_round_trips_and_counts_its_bytes():
    x = np.cumsum(np.random.default_rng(2).standard_normal((2, 3000)), axis=1) / 30
    fine, coarse = methods.DctZstd(1e-3).code(x, 256), methods.DctZstd(0.5).code(x, 256)
    assert np.abs(fine.recon - x).max() < 0.01
    assert coarse.real_bytes < fine.real_bytes
    assert ((coarse.recon - x) ** 2).mean() > ((fine.recon - x) ** 2).mean()


def test_evaluate_rows_and_mask_cost(rand_model_path, mv_small):
    rows = sweep.run(mv_small, [methods.Stamp(rand_model_path), methods.Sax(25, 2)], [0.45], {"sz3"})
    assert [r["family"] for r in rows] == ["STAMP-I Hybrid", "SAX", "SZ3 (abs)"]
    assert rows[2]["matched_to_bpt"] == 0.45 and rows[2]["real_bpt"] <= 0.45
    assert all(r["mask_bpt"] > 0.1 for r in rows)  # 15% random gaps are expensive to store
    assert all(r["fid"] >= 0 and r["mse"] > 0 for r in rows)


def _row(fam, rate, mse, fid=1.0, config="c"):
    return {"dataset": "D", "family": fam, "config": config, "real_bpt": rate, "mse": mse, "fid": fid,
            "nominal_bpt": None}


def test_verdicts_compare_with_the_best_stamp_row_at_no_more_bits():
    rows = [_row("STAMP-J Hybrid", 0.12, 0.5, 50, config="a"), _row("STAMP-I Hybrid", 0.3, 0.25, 20, config="b"),
            _row("STAMP-I MSE", 0.44, 0.2, 30, config="c"), _row("STAMP-I Hybrid", 0.5, 0.15, 10, config="d"),
            _row("SAX", 0.1, 1.0), _row("SAX", 0.45, 0.18), _row("SZ3 (abs)", 0.31, 0.3), _row("ABBA", 1.0, 0.3),
            _row("ZFP (accuracy)", 0.2, 0.6), _row("pcodec (lossless)", 20.0, 1e-12)]
    v = {(x["baseline"], x["real_bpt"]): x for x in report.verdicts(rows)}
    assert v[("SAX c", 0.1)]["verdict"].startswith("below STAMP's lowest rate (0.120)")
    sax = v[("SAX c", 0.45)]  # c at 0.44 is the best STAMP row at <= 0.45 bpt; d costs more
    assert sax["stamp_point"] == "STAMP-I MSE c" and sax["verdict"] == "baseline wins"
    assert v[("SZ3 (abs) c", 0.31)]["stamp_point"] == "STAMP-I Hybrid b"  # within 5%: matched
    assert v[("SZ3 (abs) c", 0.31)]["verdict"] == "STAMP wins"
    assert v[("ABBA c", 1.0)]["verdict"] == "STAMP wins with fewer bits" and v[("ABBA c", 1.0)]["stamp_mse"] == 0.15
    assert v[("ZFP (accuracy) c", 0.2)]["verdict"] == "STAMP wins with fewer bits"  # J at 0.12 bpt: 0.5 < 0.6
    assert not any(k[0].startswith("pcodec") for k in v)


def test_report_files_round_trip(tmp_path):
    rows = [dict(_row("STAMP-I Hybrid", 0.44, 0.2, 50.0), nominal_bpt=0.4375, bytes=10, samples=100, mask_bpt=0.0,
                 seconds=1.0), dict(_row("SZ3 (abs)", 0.43, 0.1, 60.0), bytes=9, samples=100, matched_to_bpt=0.44,
                                    rate_reached=True, mask_bpt=0.0, seconds=0.1)]
    paths = report.write_all(rows, tmp_path)
    assert [p.name for p in paths] == ["rdp.csv", "rdp.md", "rdp.png"]
    back = report.from_csv(paths[0].read_text())
    assert back[1]["rate_reached"] is True and back[0]["matched_to_bpt"] is None
    assert back[0]["mse"] == pytest.approx(0.2)
    md = paths[1].read_text()
    assert "| SZ3 (abs) | c (to 0.440) |" in md and "STAMP wins" not in md.split("verdict")[0]
    assert paths[2].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_eval_sweep_and_refit(tmp_path, rand_model_path, capsys):
    out = tmp_path / "rdp"
    assert main(["eval", str(rand_model_path), "--data", "seqcomb:mv:100", "--baselines", "sax,sz3,pcodec",
                 "--out", str(out), "--quiet", "--no-plot"]) == 0
    text = capsys.readouterr().out
    assert "### SeqCombMV" in text and "pcodec (lossless)" in text
    rows = report.from_csv((out / "rdp.csv").read_text())
    assert {r["family"] for r in rows} == {"STAMP-I Hybrid", "SAX", "SZ3 (abs)", "pcodec (lossless)"}
    assert not (out / "rdp.png").exists()
    v16 = tmp_path / "v16.stamp"
    assert main(["refit", str(rand_model_path), "--data", "seqcomb:single:100", "-V", "16", "-o", str(v16),
                 "--iterations", "2", "--quiet"]) == 0
    assert Codec.load(v16).config.codebook_size == 16
    capsys.readouterr()
    assert main(["info", str(v16)]) == 0
    assert "refit         codebook fitted to model" in capsys.readouterr().out


@pytest.mark.parametrize("args,msg", [
    (["eval", "--data", "seqcomb:mv:100", "--baselines", "sax,jpeg"], "unknown jpeg"),
    (["eval", "--data", "seqcomb:mv:100", "--baselines", "zfp"], "give at least one model"),
    (["eval", "--data", "seqcomb:mv:100"], "nothing to evaluate"),
    (["refit", "--data", "seqcomb:single:100", "-V", "16", "-o", "/nonexistent/x.stamp"], "does not exist"),
])
def test_eval_and_refit_errors(args, msg, capsys):
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("stampcodec: error:") and msg in err


def test_encode_fill_gaps_drops_the_mask(tmp_path, rand_codec):
    x = np.sin(np.arange(2000) / 20.0)[:, None].repeat(2, axis=1)
    x[np.random.default_rng(0).random(2000) < 0.2] = np.nan
    kept, filled = rand_codec.encode(x), rand_codec.encode(x, keep_gaps=False)
    assert len(filled) < len(kept)
    assert np.isnan(rand_codec.decode(kept)).any() and np.isfinite(rand_codec.decode(filled)).all()


@pytest.mark.slow
def test_tiny_table2_sweep_runs_end_to_end(tmp_path):
    """The CI version of scripts/table2_sweep.sh: every step, on 200 SeqComb samples and 1 epoch.
    It checks the pipeline (models, refits, tables, plot), not the numbers."""
    pytest.importorskip("torch")
    out = tmp_path / "t2"
    r = subprocess.run(["bash", str(ROOT / "scripts" / "table2_sweep.sh"), "1", str(out), "2", "200"],
                       capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHON": sys.executable})
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    rows = report.from_csv((out / "rdp.csv").read_text())
    assert {r["dataset"] for r in rows} == {"SeqCombSingle", "SeqCombMV", "SeqCombMVIrreg"}
    stamp = [r for r in rows if r["family"].startswith("STAMP")]
    # 2 losses on Single (J = I there), 2 modes x 2 losses on MV and MVIrreg; 5 V each
    assert len(stamp) == 5 * (2 + 4 + 4)
    assert {int(r["config"][2:]) for r in stamp} == {32, 64, 128, 256, 512}
    fams = {r["family"] for r in rows}
    assert {"SAX", "ABBA", "SZ3 (abs)", "ZFP (accuracy)", "pcodec (lossless)"} <= fams
    assert (out / "rdp.png").stat().st_size > 10_000 and "### SeqCombMVIrreg" in (out / "rdp.md").read_text()


def test_a_missing_baseline_package_is_a_one_line_error(monkeypatch, rand_model_path, capsys):
    monkeypatch.setitem(sys.modules, "pysz", None)  # import pysz now raises ImportError
    assert main(["eval", str(rand_model_path), "--data", "seqcomb:mv:100", "--baselines", "sz3", "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err == "stampcodec: error: the SZ3 baseline needs the pysz package: pip install 'stampcodec[compare]'"


def test_cli_eval_sweep_on_a_folder_of_recordings(tmp_path, rand_model_path, capsys):
    g = np.random.default_rng(5)
    rec = tmp_path / "recs"
    rec.mkdir()
    for i in range(2):
        x = np.cumsum(g.normal(size=(900, 2)), axis=0)
        x[100:110, :] = np.nan
        np.savetxt(rec / f"r{i}.csv", x, delimiter=",", header="a,b", comments="")
    assert main(["eval", str(rand_model_path), "--data", str(rec), "--baselines", "sax,pcodec", "--name", "demo",
                 "--out", str(tmp_path / "o"), "--no-plot", "--quiet"]) == 0
    rows = report.from_csv((tmp_path / "o" / "rdp.csv").read_text())
    assert {r["dataset"] for r in rows} == {"demo"} and all(r["samples"] == 2 * 2 * 900 for r in rows)
    assert rows[0]["mask_bpt"] > 0  # the gaps are there, and priced apart
    (rec / "odd.csv").write_text("a,b,c\n1,2,3\n4,5,6\n")
    assert main(["eval", str(rand_model_path), "--data", str(rec), "--baselines", "sax", "--quiet"]) == 1
    assert "different channel counts" in capsys.readouterr().err
