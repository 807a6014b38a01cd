import json
import subprocess
import sys

import pytest

from stampcodec.cli import main

pytest.importorskip("torch")


@pytest.mark.parametrize("cmd", [[], ["train"], ["eval"], ["info"]])
def test_help_for_every_command(cmd, capsys):
    with pytest.raises(SystemExit) as e:
        main(cmd + ["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert "usage: stampcodec" in out


@pytest.mark.slow
def test_train_info_eval_roundtrip(tmp_path, capsys):
    out = tmp_path / "m.stamp"
    args = ["train", "--data", "seqcomb:single:300", "-o", str(out), "--epochs", "1", "-V", "32", "-K", "16",
            "-L", "16", "--hidden", "8", "--loss", "mse", "--quiet"]
    assert main(args) == 0
    assert "wrote" in capsys.readouterr().out
    assert main(["info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["config"]["codebook_size"] == 32 and len(info["model_id"]) == 16
    js = tmp_path / "e.json"
    assert main(["eval", str(out), "--data", "seqcomb:single:300", "--json", str(js)]) == 0
    r = json.loads(js.read_text())
    assert r["mse"] > 0 and r["fid"] >= 0 and r["nominal_bpt"] == pytest.approx(5 * 2 / 16 * 1.75)
    # refuses to overwrite, and leaves the existing file untouched
    before = out.read_bytes()
    assert main(args) == 1
    assert "exists" in capsys.readouterr().err
    assert out.read_bytes() == before


@pytest.mark.parametrize("args,msg", [
    (["train", "--data", "seqcomb:single:300", "-o", "/nonexistent/dir/m.stamp"], "does not exist"),
    (["train", "--data", "nope.csv", "-o", "OUT"], "nope.csv: file not found"),
    (["info", "missing.stamp"], "not found"),
    (["eval", "missing.stamp", "--data", "seqcomb:single:300"], "not found"),
])
def test_errors_are_one_line_with_nonzero_exit(tmp_path, monkeypatch, capsys, args, msg):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("stampcodec: error:") and msg in err and "\n" not in err
    assert not (tmp_path / "OUT").exists()


def test_console_script_entry_point():
    r = subprocess.run([sys.executable, "-m", "stampcodec", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("stampcodec ")


def test_each_command_is_a_module_with_short_functions():
    """One module per command (NAME, add_arguments, run), no function over 60 lines."""
    import ast
    import importlib
    from pathlib import Path

    from stampcodec import cli

    for name in cli.COMMANDS:
        m = importlib.import_module(f"stampcodec.cli.{'eval_' if name == 'eval' else name}")
        assert m.NAME == name and callable(m.add_arguments) and callable(m.run)
    for path in Path(cli.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno - node.lineno < 60, f"{path.name}:{node.name} is {node.end_lineno - node.lineno} lines"


def test_info_names_what_a_file_is_not_and_reads_stdin(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    r = subprocess.run([sys.executable, "-m", "stampcodec", "info", str(root / "tests" / "data" / "ecg_holdout.csv")],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "neither a token file nor a model bundle" in r.stderr
    tok = (root / "tests" / "golden" / "v1" / "readme-wrist-imu.tok").read_bytes()
    r = subprocess.run([sys.executable, "-m", "stampcodec", "info", "-", "--json"], input=tok, capture_output=True)
    assert r.returncode == 0, r.stderr
    import json

    d = json.loads(r.stdout)
    assert d["bytes"] == len(tok) and d["channels"] == 6 and abs(d["real_bpt"] - 8 * len(tok) / (2458 * 6)) < 1e-12


def test_version_says_whether_the_c_decoder_is_built(capsys):
    import pytest

    from stampcodec.runtime import native

    with pytest.raises(SystemExit):
        main(["--version"])
    out = capsys.readouterr().out
    assert ("C decoder built" in out) == native.available()
