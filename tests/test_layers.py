"""The layers the README's Architecture section draws, pinned: each module imports only from
layers below it (import path = folder path), so nothing reaches sideways."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "codec" / "stampcodec"

# module (or package) -> the stampcodec packages it must never import, even lazily
RUNTIME = ["codec", "container", "streams", "csvio", "missing", "layout", "bundle", "tensorfile", "atomic", "signals",
           "config", "errors", "bitpack", "nanmask", "runtime", "bounded", "entropy", "resample", "ratecontrol", "prior"]
ABOVE_RUNTIME = ("stampcodec.datasets", "stampcodec.train", "stampcodec.rdp", "stampcodec.profiling",
                 "stampcodec.export", "stampcodec.cli", "stampcodec.evaluate", "stampcodec.refit")
RULES = {
    **{name: ABOVE_RUNTIME for name in RUNTIME},
    "rdp": ("stampcodec.profiling", "stampcodec.export", "stampcodec.cli"),
    "numcodecs": ABOVE_RUNTIME,  # an adapter over codec.py, for zarr and Dask
    "bulk": ABOVE_RUNTIME,  # many files over codec.py, here or on Dask
    "baselines": ("stampcodec.profiling", "stampcodec.export", "stampcodec.rdp", "stampcodec.cli"),
}
FOLDERS = {"profiling": ROOT / "profiling", "export": ROOT / "export"}
FOLDER_RULES = {"profiling": ("stampcodec.export", "stampcodec.rdp", "stampcodec.cli"),
                "export": ("stampcodec.profiling", "stampcodec.rdp", "stampcodec.cli")}


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def _files(target: Path) -> list[Path]:
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


def _violations(files: list[Path], banned: tuple[str, ...]) -> list[str]:
    return [f"{p.relative_to(ROOT)} imports {m}" for p in files for m in sorted(_imports(p))
            if any(m == b or m.startswith(b + ".") for b in banned)]


def test_runtime_and_evaluation_layers_do_not_reach_up_or_sideways():
    bad = []
    for name, banned in RULES.items():
        target = PKG / name if (PKG / name).is_dir() else PKG / f"{name}.py"
        assert target.exists(), target
        bad += _violations(_files(target), banned)
    for name, banned in FOLDER_RULES.items():
        bad += _violations(_files(FOLDERS[name]), banned)
    assert bad == []
