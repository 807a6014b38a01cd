"""`stampcodec encode / decode / info`: real files, standard streams, and every bad input named
in the runtime's specification, each with a one-line message, a non-zero exit and no output left behind."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stampcodec.cli import main
from stampcodec.csvio import read_csv

DATA = Path(__file__).parent / "data"


def run(*args):
    return subprocess.run([sys.executable, "-m", "stampcodec", *map(str, args)], capture_output=True, text=True)


def cli_error(capsys, *args):
    assert main([str(a) for a in args]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("stampcodec: error:") and "\n" not in err
    return err


def test_csv_roundtrip_keeps_names_length_and_time(tmp_path, rand_model_path):
    tok, out = tmp_path / "g.tokens", tmp_path / "g.csv"
    assert main(["encode", str(DATA / "gait_holdout.csv"), "-o", str(tok), "--model", str(rand_model_path), "--quiet"]) == 0
    assert main(["decode", str(tok), "-o", str(out), "--model", str(rand_model_path), "--quiet"]) == 0
    a, b = read_csv(DATA / "gait_holdout.csv"), read_csv(out)
    assert b.columns == a.columns and b.time_column == a.time_column == "time_s" and b.data.shape == a.data.shape
    times = [line.split(",")[0] for line in out.read_text().splitlines()[1:4]]
    # rebuilt from the 64 Hz rate and the origin, written as the input wrote them (6 decimals)
    assert times == ["0.000000", "0.015625", "0.031250"]


def test_iso_times_with_unnamed_index_column(tmp_path, rand_model_path):
    tok = tmp_path / "pv.tokens"
    assert main(["encode", str(DATA / "pv_holdout.csv"), "-o", str(tok), "--model", str(rand_model_path), "--quiet"]) == 0
    r = run("info", tok)
    assert "sample rate 0.00111111 Hz" in r.stdout and "480 samples x 6 channels" in r.stdout


def test_info_reports_real_and_nominal_rate(tmp_path, rand_model_path, capsys):
    tok = tmp_path / "e.tokens"
    main(["encode", str(DATA / "ecg_holdout.csv"), "-o", str(tok), "--model", str(rand_model_path), "--quiet"])
    capsys.readouterr()
    assert main(["info", str(tok)]) == 0
    out = capsys.readouterr().out
    size = tok.stat().st_size
    assert f"{8 * size / 2000:.4f} bits per sample" in out and "nominal rate  0.4375" in out and "all CRCs ok" in out


def test_stdin_to_stdout(tmp_path, rand_model_path):
    src = (DATA / "ecg_holdout.csv").read_bytes()
    enc = subprocess.run([sys.executable, "-m", "stampcodec", "encode", "-", "-o", "-", "--model", str(rand_model_path)],
                         input=src, capture_output=True)
    assert enc.returncode == 0, enc.stderr
    dec = subprocess.run([sys.executable, "-m", "stampcodec", "decode", "-", "-o", "-", "--model", str(rand_model_path)],
                         input=enc.stdout, capture_output=True)
    assert dec.returncode == 0, dec.stderr
    lines = dec.stdout.decode().splitlines()
    assert lines[0] == "ecg" and len(lines) == 2001


def test_npy_in_and_out(tmp_path, rand_model_path):
    x = np.cumsum(np.random.default_rng(0).normal(size=(3000, 2)), axis=0)
    x[5:9, 1] = np.nan
    np.save(tmp_path / "x.npy", x)
    assert main(["encode", str(tmp_path / "x.npy"), "-o", str(tmp_path / "x.tok"), "--model", str(rand_model_path), "--quiet"]) == 0
    assert main(["decode", str(tmp_path / "x.tok"), "-o", str(tmp_path / "y.npy"), "--model", str(rand_model_path),
                 "--quiet", "--scales", "2"]) == 0
    y = np.load(tmp_path / "y.npy")
    assert y.shape == x.shape and np.array_equal(np.isnan(y), np.isnan(x))


def _no_leftovers(d: Path, expected: set[str]):
    assert {p.name for p in d.iterdir()} == expected  # no output, no temporary file


@pytest.mark.parametrize("content,msg", [
    ("", "empty file"),
    ("a,b\n", "header only"),
    ("a,b\n1,2\n3,x\n", r"row 3, column 2 \('b'\): not a number: 'x'"),
    ("a,b\n1,2\n3\n", "row 3 has 1 columns, expected 2"),
    ("a,b\n1,2\n3,inf\n", r"row 3, column 2 \('b'\): infinite value"),
    ("a,b\n1,2\n\xff\xfe,3\n", "not a UTF-8 text file"),
])
def test_bad_csv(tmp_path, rand_model_path, capsys, content, msg):
    p = tmp_path / "in.csv"
    p.write_bytes(content.encode("latin-1"))
    err = cli_error(capsys, "encode", p, "-o", tmp_path / "out.tok", "--model", rand_model_path)
    assert str(p) in err and __import__("re").search(msg, err), err
    _no_leftovers(tmp_path, {"in.csv"})


@pytest.mark.parametrize("array,msg", [
    (np.array([{"a": 1}], dtype=object), "not a numeric .npy"),
    (np.zeros((3, 4, 5)), "expected a 1-D .* got 3-D"),
])
def test_bad_npy(tmp_path, rand_model_path, capsys, array, msg):
    p = tmp_path / "in.npy"
    np.save(p, array, allow_pickle=True)  # writing a pickled array is how the hostile input is made
    err = cli_error(capsys, "encode", p, "-o", tmp_path / "out.tok", "--model", rand_model_path)
    assert __import__("re").search(msg, err), err
    _no_leftovers(tmp_path, {"in.npy"})


def test_missing_output_directory_and_existing_output(tmp_path, rand_model_path, capsys):
    src = DATA / "ecg_holdout.csv"
    err = cli_error(capsys, "encode", src, "-o", tmp_path / "nope" / "x.tok", "--model", rand_model_path)
    assert "does not exist" in err
    out = tmp_path / "x.tok"
    out.write_bytes(b"keep me")
    err = cli_error(capsys, "encode", src, "-o", out, "--model", rand_model_path)
    assert "exists (use --force" in err and out.read_bytes() == b"keep me"
    assert main(["encode", str(src), "-o", str(out), "--model", str(rand_model_path), "--force", "--quiet"]) == 0
    assert out.read_bytes()[:4] == b"STMP"


def test_damaged_token_files(tmp_path, rand_model_path, capsys):
    tok = tmp_path / "t.tok"
    main(["encode", str(DATA / "ecg_holdout.csv"), "-o", str(tok), "--model", str(rand_model_path), "--quiet"])
    blob = tok.read_bytes()
    cases = {
        "trunc.tok": (blob[:-10], "truncated frame 1 of 1"),
        "flip.tok": (blob[:60] + bytes([blob[60] ^ 4]) + blob[61:], "CRC mismatch"),
        "hdr.tok": (blob[:20] + bytes([blob[20] ^ 1]) + blob[21:], "header CRC mismatch"),
    }
    for name, (data, msg) in cases.items():
        (tmp_path / name).write_bytes(data)
        err = cli_error(capsys, "decode", tmp_path / name, "-o", tmp_path / "out.csv", "--model", rand_model_path)
        assert msg in err and name in err, err
        assert not (tmp_path / "out.csv").exists()
    err = cli_error(capsys, "decode", tok, "-o", tmp_path / "out.csv")  # the default model is not the one used
    assert "encoded with model" in err and "--model" in err
    assert {p.name for p in tmp_path.iterdir()} == {"t.tok", *cases}  # nothing half-written


def test_help_on_every_command():
    for cmd in ("encode", "decode", "info", "train", "eval"):
        r = run(cmd, "--help")
        assert r.returncode == 0 and "usage: stampcodec " + cmd in r.stdout and "example" in r.stdout


def test_runtime_cli_never_imports_torch(tmp_path, rand_model_path):
    code = (
        "import sys; sys.modules['torch'] = None\n"
        "from stampcodec.cli import main\n"
        f"a = [{str(DATA / 'gait_holdout.csv')!r}, '-o', {str(tmp_path / 't.tok')!r}, '--model', {str(rand_model_path)!r}]\n"
        "assert main(['encode', *a]) == 0\n"
        f"assert main(['decode', {str(tmp_path / 't.tok')!r}, '-o', {str(tmp_path / 'o.csv')!r}, '--model', {str(rand_model_path)!r}]) == 0\n"
        f"assert main(['info', {str(tmp_path / 't.tok')!r}]) == 0\n"
        "assert 'torch' not in [m.split('.')[0] for m in sys.modules if sys.modules[m] is not None]\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert r.returncode == 0, r.stderr


def test_columns_and_exclude_choose_the_signal_columns(tmp_path):
    src = tmp_path / "act.csv"
    src.write_text("time,x,y,label\n" + "".join(f"{i / 50},{np.sin(i / 9):.4f},{np.cos(i / 7):.4f},walk\n"
                                                 for i in range(500)))
    r = run("encode", src, "-o", tmp_path / "t.bin")
    assert r.returncode == 1 and "column 4 ('label')" in r.stderr and "--exclude label" in r.stderr
    assert run("encode", src, "-o", tmp_path / "t.bin", "--exclude", "label").returncode == 0
    assert "x, y (time column 'time')" in run("info", tmp_path / "t.bin").stdout
    assert run("encode", src, "-o", tmp_path / "u.bin", "--columns", "y,1").returncode == 0
    assert run("decode", tmp_path / "u.bin", "-o", tmp_path / "u.csv").returncode == 0
    back = read_csv(tmp_path / "u.csv")
    assert back.columns == ["y", "x"] and back.data.shape == (500, 2)
    r = run("encode", src, "-o", tmp_path / "v.bin", "--columns", "z")
    assert r.returncode == 1 and "no column 'z'" in r.stderr
    np.save(tmp_path / "a.npy", np.random.default_rng(0).standard_normal((300, 3)))
    assert run("encode", tmp_path / "a.npy", "-o", tmp_path / "w.bin", "--exclude", "ch1").returncode == 0
    assert "300 samples x 2 channels" in run("info", tmp_path / "w.bin").stdout


def test_threads_give_the_same_file_and_bad_counts_are_refused(tmp_path, capsys, monkeypatch):
    """encode --threads N (the C encoder's frames side by side): one file for any N, the numpy
    encoder's; a count below 1, here or in $STAMPCODEC_THREADS, is refused before any output."""
    src = Path(__file__).parent / "data" / "gait_holdout.csv"
    files = []
    for extra in (["--threads", "1"], ["--threads", "3"], ["--backend", "numpy"]):
        out = tmp_path / f"t{len(files)}.tok"
        assert main(["encode", str(src), "-o", str(out), "--frame-samples", "1024", "--quiet", *extra]) == 0
        files.append(out.read_bytes())
    assert files[0] == files[1] == files[2]
    assert main(["encode", str(src), "-o", str(tmp_path / "bad.tok"), "--threads", "0"]) != 0
    assert "threads must be a positive integer" in capsys.readouterr().err
    monkeypatch.setenv("STAMPCODEC_THREADS", "none")
    assert main(["encode", str(src), "-o", str(tmp_path / "bad.tok")]) != 0
    assert "STAMPCODEC_THREADS must be a positive integer" in capsys.readouterr().err
    assert not (tmp_path / "bad.tok").exists()
