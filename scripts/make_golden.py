"""Write the frozen conformance files of a token format version: tests/golden/vN/.

Run once per format version, never to make a failing test pass: tests/test_golden.py reads these
files with every decoder and re-encodes their inputs, so a writer and a reader that change
together cannot pass unnoticed (as numcodecs' backwards-compatibility fixtures do).

    python scripts/make_golden.py tests/golden/v1 --version 1   # written by release 0.1
    python scripts/make_golden.py tests/golden/v2 --version 2
    stampcodec encode examples/wrist_imu.csv -o tests/golden/v2/readme-wrist-imu.tok   # the README's command
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from helpers import random_bundle, random_prior, reseal_header  # noqa: E402

from stampcodec import bundle as bundle_io  # noqa: E402
from stampcodec import container, timestamps, truncate  # noqa: E402
from stampcodec import prior as prior_io  # noqa: E402
from stampcodec.csvio import CsvReader  # noqa: E402
from stampcodec.codec import Codec  # noqa: E402
from stampcodec.runtime import native  # noqa: E402

SMALL = dict(atom_length=16, n_atoms=16, encoder_hidden=8, scales=(4, 2, 1))


def signals() -> dict[str, np.ndarray]:
    g = np.random.default_rng(7)
    t = np.arange(1000.0)
    two = np.c_[1e9 + 3 * np.sin(t / 11), 20 * np.cos(t / 5) + g.normal(size=1000)]
    two[100:140, 0] = np.nan  # a gap in one channel
    two[600:610] = np.nan  # a lost packet: both channels
    three = np.c_[np.sin(t / 9), np.sign(np.sin(t / 40)), 0.1 * g.normal(size=1000)][:700]
    return {"two": two, "three": three, "grid": np.round(three * 100) / 100}


def stamped_csv(two: np.ndarray) -> str:
    """input-two's first 600 rows with epoch-millisecond stamps: steps of 9-11 ms, one repeated
    stamp, a gap of an hour."""
    g = np.random.default_rng(11)
    steps = g.integers(9, 12, 600)
    steps[0], steps[200], steps[400] = 0, 0, 3_600_000
    t = 1_714_564_800_000 + np.cumsum(steps)
    rows = [f"{a};{'' if np.isnan(p) else f'{p:.6f}'};{'' if np.isnan(q) else f'{q:.4f}'}"
            for a, (p, q) in zip(t, two[:600])]
    return "timestamp_ms;p_pa;t_c\n" + "\n".join(rows) + "\n"


def old_statistics(blob: bytes) -> bytes:
    """The same file as the first release of version 1 wrote it: float32 mean, no MEAN64 flag."""
    h = container.read_header(__import__("io").BytesIO(blob), "golden")
    start = 37 + len(h.scales)
    stats = np.empty(h.channels, dtype=container.STATS32)
    stats["mean"], stats["std"] = h.mean, h.std

    def edit(head: bytearray) -> None:
        head[5] &= ~container.FLAG_MEAN64
        head[start:start + 12 * h.channels] = stats.tobytes()

    return reseal_header(blob, edit)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--version", type=int, default=container.VERSION, choices=container.VERSIONS)
    a = ap.parse_args()
    out, version = a.out, a.version
    out.mkdir(parents=True, exist_ok=True)
    models = {"independent": random_bundle(seed=1, codebook_size=100, **SMALL),
              "joint": random_bundle(seed=2, mode="joint", channels=3, codebook_size=64, **SMALL)}
    x = signals()
    cases = {  # file name: (model, input, encode arguments)
        "independent-mask-rate-names": ("independent", "two", dict(columns=["p_pa", "t_c"], sample_rate=50.0,
                                                                  frame_samples=512)),
        "independent-fill-gaps": ("independent", "two", dict(frame_samples=256, keep_gaps=False)),
        "joint-three": ("joint", "three", dict(frame_samples=256)),
    }
    if version == 2:  # entropy coding is in every case above; resampling and truncation here
        cases["independent-resampled"] = ("independent", "two", dict(frame_samples=512, resample=[3, 1]))
        cases["joint-resampled"] = ("joint", "three", dict(frame_samples=256, resample=2))
        # the error-bounded layer (added to the frozen set with it; the files above did not change):
        # an offset of 1e9, a gap and a lost packet; and channels on a grid of 0.01 (coded exactly)
        cases["bounded-mask-offset"] = ("independent", "two", dict(frame_samples=512, max_error=[1e-3, 0.05]))
        cases["bounded-grid"] = ("joint", "grid", dict(frame_samples=256, max_error=0.004))
        # exact time stamps (--keep-time, added with them): a CSV of jittered epoch milliseconds
        # with a repeated stamp and a gap, semicolon-delimited
        cases["kept-time"] = ("independent", "stamped.csv", dict(frame_samples=256, keep_time=True))
        # tokens range coded with a token prior (encode --prior, added with it): a random-weight
        # prior for the independent model, channels at two time scales (rows of two lengths)
        cases["independent-prior"] = ("independent", "two", dict(frame_samples=512, resample=[3, 1]))
        # skipped tokens (encode --skip, added with them): FRAME_SKIP frames, V + 1 symbols, range
        # coded and bit-packed, channels at two time scales; and a joint stream
        cases["independent-skip"] = ("independent", "two", dict(frame_samples=512, resample=[3, 1], skip=[0.5, 2.0]))
        cases["independent-skip-packed"] = ("independent", "two", dict(frame_samples=512, skip=1.0, entropy=False))
        cases["joint-skip"] = ("joint", "three", dict(frame_samples=256, skip=1.0))
    manifest = {"format_version": version, "cases": {}}
    for name, m in models.items():
        bundle_io.save(m, out / f"{name}.stamp")
    priors = {"independent-prior": random_prior(models["independent"], seed=3)} if version == 2 else {}
    for name, p in priors.items():
        prior_io.save(p, out / f"{name}.stamp")
    for name, xn in x.items():
        np.save(out / f"input-{name}.npy", xn)
    if version == 2:
        (out / "input-stamped.csv").write_text(stamped_csv(x["two"]))
    for case, (model, inp, kw) in cases.items():
        codec = Codec(models[model], backend="numpy", prior=priors.get(case))
        if inp.endswith(".csv"):
            buf = __import__("io").BytesIO()
            codec.encode_to(CsvReader.open(out / f"input-{inp}"), buf, version=version, **kw)
            blob = buf.getvalue()
        else:
            blob = codec.encode(x[inp], version=version, **kw)
        files = {case: blob}
        if case == "independent-mask-rate-names" and version == 1:
            files[case + "-float32-stats"] = old_statistics(blob)
        if case == "independent-resampled":
            import io
            cut = io.BytesIO()
            f = io.BytesIO(blob)
            truncate.truncate(f, container.read_header(f, case), 2, cut, case)
            files[case + "-truncated"] = cut.getvalue()
        for fname, data in files.items():
            (out / f"{fname}.tok").write_bytes(data)
            np.save(out / f"{fname}.float.npy", codec.decode(data))
            h, frames = container.split(data, fname)
            # error-bounded files have no q15 path (the C library's f64 output is bit-exact);
            # prior-coded files are decoded in Python only
            if h.bounds is None and h.prior_id is None:
                q15 = native.NativeDecoder(models[model]).decode(h.raw, frames, q15=True)
                np.save(out / f"{fname}.q15.npy", q15)
            kept = timestamps.read_kept_times(data)
            if kept is not None:
                np.save(out / f"{fname}.ticks.npy", kept.ticks)
            manifest["cases"][fname] = {"model": f"{model}.stamp",
                                        "input": f"input-{inp}" if inp.endswith(".csv") else f"input-{inp}.npy",
                                        "encode": {k: v for k, v in kw.items()}, "reencodes": fname == case}
            if case in priors:
                manifest["cases"][fname]["prior"] = f"{case}.stamp"
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {len(manifest['cases'])} cases to {out}")


if __name__ == "__main__":
    main()
