"""What `encode --keep-time` costs on real time columns, against general-purpose coders.

    python scripts/keep_time_real.py --packages .data-pkgs --json docs/results/keep_time.json [--table]

Recordings with their own time stamps (DATA.md packages, read by path): Daphnet (ISO dates with
milliseconds, ~64 Hz with 15/16 ms steps), heartpy's data3 (ISO dates, ~100 Hz from a logger),
and two PV plant files (1-minute and 15-minute ISO dates with an offset or none, with gaps).
Each is encoded as `stampcodec encode FILE --keep-time` does (default model, frames of 16,384);
the time stamps' bytes come from the file (`info`'s kept_time), and the decoded CSV's time column
is checked against the input's stamps, instant for instant. Yardsticks on the same stamps: the
column's text, zstd -19 of that text, zstd -19 of the int64 tick differences, and the frame field
with only Gorilla's delta of delta (no median-step choice).
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import numpy as np

SOURCES = {  # name: (path under the packages folder, columns to leave out)
    "Daphnet, 64 Hz, ISO ms": ("aeon/datasets/data/Daphnet_S06R02E0/S06R02E0.csv", ["is_anomaly"]),
    "heartpy data3, 100 Hz, ISO us": ("heartpy/data/data3.csv", []),
    "PV 1 min, ISO with offset": ("pvanalytics/data/serf_east_1min_ac_power.csv", []),
    "PV 15 min, ISO, gaps": ("pvanalytics/data/serf_west_15min.csv", []),
}


def _gorilla_only(ticks: np.ndarray, frame: int) -> int:
    """Bytes of the frame fields if every frame used the previous step (lag 1, divisor 1)."""
    from stampcodec import bitpack, bounded, timestamps

    total = 0
    for i in range(0, len(ticks), frame):
        t = ticks[i:i + frame]
        body = len(bitpack.write_varint(timestamps._zigzag(int(t[0]))))
        if len(t) > 1:
            k = np.diff(np.diff(t), prepend=0)
            body += 2 + len(bounded.encode_residuals(k, bounded.magnitude_contexts(k), alphabet=timestamps.ALPHABET,
                                                     contexts=timestamps.CONTEXTS))
        total += len(bitpack.write_varint(body)) + body
    return total


def measure(name: str, path: Path, exclude: list[str]) -> dict:
    import zstandard

    from stampcodec import container, timestamps
    from stampcodec.codec import Codec
    from stampcodec.csvio import CsvReader, CsvSink

    codec = Codec.load()
    reader = CsvReader.open(path, exclude=exclude)
    buf = io.BytesIO()
    h = codec.encode_to(reader, buf, keep_time=True)
    blob = buf.getvalue()
    info = container.describe(io.BytesIO(blob), name, len(blob))
    kept = timestamps.read_kept_times(blob)
    assert kept is not None
    # the decoded CSV's time column, parsed back exactly, against the input's stamps
    out = io.BytesIO()
    h2, frames = codec.decode_stamped_from(io.BytesIO(blob))
    sink = CsvSink(out, h2)
    for y, ticks in frames:
        sink.write(y, ticks)
    sep = h2.style.delimiter if h2.style else ","
    parse = timestamps.parse_date if reader.time_is_date else timestamps.parse_number
    back = [parse(line.split(sep)[0]) for line in out.getvalue().decode().splitlines()[1:]]
    given = [s for _, _, s in reader.stamped_chunks(1 << 20)]
    whole = np.concatenate([s.whole for s in given])
    frac = np.concatenate([s.fraction for s in given])
    exact = bool(np.array_equal(whole, [b[0] for b in back]) and np.array_equal(frac, [b[1] for b in back]))
    cells = [line.split(sep)[0] for line in path.read_text(encoding="utf-8-sig").splitlines()[1:] if line.strip()]
    text = ("\n".join(cells) + "\n").encode()
    z = zstandard.ZstdCompressor(level=19)
    steps = np.diff(kept.ticks)
    n = h.length
    return {"source": name, "file": str(path.name), "stamps": n, "digits": kept.digits, "exact": exact,
            "median_step": float(np.median(steps)), "distinct_steps": int(len(np.unique(steps))),
            "bits_per_stamp": 8 * info["kept_time"]["bytes"] / n,
            "text_bits": 8 * len(text) / n, "zstd_text_bits": 8 * len(z.compress(text)) / n,
            "zstd_delta_bits": 8 * len(z.compress(steps.astype("<i8").tobytes())) / n,
            "gorilla_only_bits": 8 * _gorilla_only(kept.ticks, h.frame_samples) / n,
            "file_bytes": len(blob), "time_share_of_file": info["kept_time"]["bytes"] / len(blob)}


def table(rows: list[dict]) -> str:
    head = ("| source | stamps | distinct steps | exact | --keep-time | delta of delta only | zstd -19 of the "
            "steps | zstd -19 of the text | text | share of the file |\n|---|---|---|---|---|---|---|---|---|---|\n")
    return head + "".join(
        f"| {r['source']} | {r['stamps']:,} | {r['distinct_steps']} | {'yes' if r['exact'] else 'NO'} | "
        f"{r['bits_per_stamp']:.3f} | {r['gorilla_only_bits']:.3f} | {r['zstd_delta_bits']:.3f} | "
        f"{r['zstd_text_bits']:.3f} | {r['text_bits']:.1f} | {100 * r['time_share_of_file']:.0f}% |\n" for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, required=True, help="folder the DATA.md packages are installed in")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true", help="print a Markdown table (bits per stamp)")
    a = ap.parse_args()
    rows = []
    for name, (rel, exclude) in SOURCES.items():
        rows.append(measure(name, a.packages / rel, exclude))
        r = rows[-1]
        print(f"{name}: {r['stamps']} stamps, {r['bits_per_stamp']:.3f} bits each (exact: {r['exact']}); "
              f"delta of delta only {r['gorilla_only_bits']:.3f}, zstd steps {r['zstd_delta_bits']:.3f}, "
              f"zstd text {r['zstd_text_bits']:.3f}", flush=True)
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1) + "\n")
    if a.table:
        print(table(rows))


if __name__ == "__main__":
    main()
