"""`pytest --benchmark-only` on aarch64 under qemu-user, with a Debian arm64 CPython, aarch64 wheels
and the extension cross-compiled (scripts/aarch64_benchmarks.sh). It must run, the decoders must
give on aarch64 exactly what they give here, and the C encoder's float and fixed-point streams
the same bytes."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import require_tools

ROOT = Path(__file__).parents[1]
pytestmark = pytest.mark.slow


def test_benchmarks_run_on_aarch64_and_agree(tmp_path):
    require_tools("debootstrap", "qemu-aarch64-static", "aarch64-linux-gnu-gcc", "aarch64-linux-gnu-g++")
    env_path = f"{Path(sys.executable).parent}:{__import__('os').environ['PATH']}"
    r = subprocess.run([str(ROOT / "scripts" / "aarch64_benchmarks.sh"), str(tmp_path / "a64")], capture_output=True,
                       text=True, env={**__import__("os").environ, "PATH": env_path}, timeout=1500)
    assert r.returncode == 0, (r.stdout + r.stderr)[-3000:]
    out = r.stdout
    assert "aarch64 numpy" in out and "native True" in out
    for backend in ("native", "numpy"):
        diff = float(re.search(rf"aarch64 vs x86, {backend} decoder: max abs difference (\S+)", out).group(1))
        assert diff < 1e-5
    for arith in ("f32", "q"):  # the C encoder's streams are the same bytes on both CPUs
        assert f"aarch64 vs x86, C encoder {arith}: identical bytes" in out, out[-2000:]
    m = re.search(r"(\d+) passed(, (\d+) skipped)? in", out)
    assert m and int(m.group(1)) >= 5, out[-2000:]
    assert (tmp_path / "a64" / "aarch64-benchmarks.json").exists()
