"""Build the bundled default model from SeqComb and real recordings, and the held-out fixtures.

The real recordings come inside PyPI packages (../shared/DATA.md). Only their data files are read,
so install them without dependencies into a folder and point --packages at it:

    pip install --no-deps --target .data-pkgs seglearn==1.2.5 heartpy==1.2.7 pvanalytics==0.2.2 \
        aeon==1.6.0 sktime==1.2.0
    python scripts/default_model.py fixtures --packages .data-pkgs      # examples/ and tests/data/
    python scripts/default_model.py train --packages .data-pkgs -o codec/stampcodec/models/default.stamp
    python scripts/default_model.py evaluate --packages .data-pkgs --json runs/default/holdout.json

Every source is split once, here, into a training part and a held-out part that the model never
sees (by subject, by time or by the source's own train/test files); fixtures and the evaluation
come only from held-out parts. Recordings are z-scored per channel (what the runtime does per
file) and every channel is cut into univariate 256-sample windows (the model is STAMP-I).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 256


@dataclass
class Recording:
    source: str
    data: np.ndarray  # (T, C) float64, NaN = missing
    columns: list[str]
    rate_hz: float | None


def _pkg(packages: Path, *parts: str) -> Path:
    p = packages.joinpath(*parts)
    if not p.exists():
        raise SystemExit(f"{p}: not found; install the data packages (see this script's docstring)")
    return p


def _read_numeric_csv(path: Path, skip_cols: int = 1, drop: tuple[str, ...] = ()) -> tuple[np.ndarray, list[str]]:
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0][skip_cols:]
    keep = [j for j, n in enumerate(head) if n not in drop]
    data = np.array([[float(r[skip_cols + j]) if r[skip_cols + j] not in ("", "nan", "NaN") else np.nan for j in keep]
                     for r in rows[1:]])
    return data, [head[j] for j in keep]


def _read_ts(path: Path) -> list[np.ndarray]:
    out, in_data = [], False
    for line in path.read_text().splitlines():
        if in_data and line.strip():
            values = line.split(":")[0]
            out.append(np.array([float(v) for v in values.split(",") if v and v != "?"]))
        elif line.strip().lower() == "@data":
            in_data = True
    return out


def watch_dataset(packages: Path) -> dict:
    """seglearn's watch set: X (recordings), y (exercise), subject. The file is a pickled dict
    shipped inside the package: trusted package data, never user input (the one place it is read)."""
    return np.load(_pkg(packages, "seglearn", "data", "watch_dataset.npy"), allow_pickle=True).item()


def sources(packages: Path) -> dict[str, tuple[list[Recording], list[Recording]]]:
    """name -> (training recordings, held-out recordings)."""
    out: dict[str, tuple[list[Recording], list[Recording]]] = {}

    # Smartwatch IMU (seglearn): subjects 9 and 10 held out.
    w = watch_dataset(packages)
    names = ["acc_x", "acc_y", "acc_z", "gyro_x", "gyro_y", "gyro_z"]
    tr, ho = [], []
    for x, subj in zip(w["X"], w["subject"]):
        (ho if int(subj) in (9, 10) else tr).append(Recording("watch-imu", np.asarray(x, float), names, 50.0))
    out["watch-imu"] = (tr, ho)

    # Freezing-of-gait accelerometers (aeon Daphnet S06R02E0): first 70% train, last 30% held out.
    d, cols = _read_numeric_csv(_pkg(packages, "aeon", "datasets", "data", "Daphnet_S06R02E0", "S06R02E0.csv"),
                                drop=("is_anomaly",))
    cut = int(0.7 * len(d))
    out["daphnet-gait"] = ([Recording("daphnet-gait", d[:cut], cols, 64.0)], [Recording("daphnet-gait", d[cut:], cols, 64.0)])

    # ECG (sktime mitdb excerpt): first 60% train, rest held out.
    e, _ = _read_numeric_csv(_pkg(packages, "sktime", "datasets", "data", "mitdb", "mitdb.csv"), skip_cols=0, drop=("label",))
    cut = int(0.6 * len(e))
    out["ecg"] = ([Recording("ecg", e[:cut], ["ecg"], 360.0)], [Recording("ecg", e[cut:], ["ecg"], 360.0)])

    # PPG (heartpy data3): first 80% train, last 20% held out.
    p, _ = _read_numeric_csv(_pkg(packages, "heartpy", "data", "data3.csv"))
    cut = int(0.8 * len(p))
    out["ppg"] = ([Recording("ppg", p[:cut], ["ppg"], 100.0)], [Recording("ppg", p[cut:], ["ppg"], 100.0)])

    # Appliance current (sktime PLAID): its TRAIN file for training, its TEST file held out.
    plaid = _pkg(packages, "sktime", "datasets", "data", "PLAID")
    out["plaid-current"] = ([Recording("plaid-current", s[:, None], ["current"], None) for s in _read_ts(plaid / "PLAID_TRAIN.ts")],
                            [Recording("plaid-current", s[:, None], ["current"], None) for s in _read_ts(plaid / "PLAID_TEST.ts")])

    # PV telemetry (pvanalytics): two plants for training, a third (15 channels, gaps) held out.
    pv = _pkg(packages, "pvanalytics", "data")
    a, _ = _read_numeric_csv(pv / "serf_east_1min_ac_power.csv")
    b, _ = _read_numeric_csv(pv / "ac_power_inv_7539.csv", drop=("label",))
    h, hcols = _read_numeric_csv(pv / "serf_west_15min.csv")
    out["pv"] = ([Recording("pv", a, ["ac_power"], 1 / 60), Recording("pv", b, ["ac_power"], 1 / 900)],
                 [Recording("pv", h, hcols, 1 / 900)])

    # ECG, respiration and EDA of one 1 kHz session (systole): samples 200,000-400,000 held out
    # (the stretch of scripts/rd_v2.py), the rest trains. One source: its channels share a subject.
    sy = np.stack([np.load(_pkg(packages, "systole", "datasets", f"Task1_{n}.npy")) for n in ("ECG", "Respiration", "EDA")], 1)
    cols = ["ecg", "respiration", "eda"]
    out["systole"] = ([Recording("systole", sy[:200000], cols, 1000.0), Recording("systole", sy[400000:], cols, 1000.0)],
                      [Recording("systole", sy[200000:400000], cols, 1000.0)])

    # Raw 10-bit wearable ECG (BITalino, pyhrv), 1 kHz: first 40% held out, the rest trains.
    bi = np.loadtxt(_pkg(packages, "pyhrv", "files", "SampleECG.txt"))[:, -1:].astype(np.float64)
    cut = int(0.4 * len(bi))
    out["bitalino-ecg"] = ([Recording("bitalino-ecg", bi[cut:], ["ecg"], 1000.0)],
                           [Recording("bitalino-ecg", bi[:cut], ["ecg"], 1000.0)])
    return out


def _windows(recs: list[Recording], hop: int) -> np.ndarray:
    from stampcodec.datasets.sources import zscore

    out = []
    for r in recs:
        z = zscore(r.data.T).T
        for c in range(z.shape[1]):
            col = z[:, c]
            if np.isnan(col).all():
                continue
            for s in range(0, len(col) - WINDOW + 1, hop):
                out.append(col[s:s + WINDOW])
    return np.array(out, dtype=np.float32).reshape(-1, 1, WINDOW)


# windows per source in the training mix, and the hop that reaches it (small sources overlap more)
MIX = {"watch-imu": (6000, 128), "daphnet-gait": (1500, 32), "ecg": (600, 8), "ppg": (1500, 32),
       "plaid-current": (1500, 32), "pv": (600, 8), "systole": (1500, 256), "bitalino-ecg": (600, 16)}

# Leave-fold-out evaluation (scripts/loso_eval.py): each fold's model trains on every source but the
# fold's two, so no source is ever scored by a model that saw any of it. Folds pair unlike sources so
# that every ECG is scored by a model that trained on another ECG and the 1 kHz sources are split.
FOLDS = {"f1": ("systole", "plaid-current"), "f2": ("bitalino-ecg", "daphnet-gait"),
         "f3": ("ecg", "watch-imu"), "f4": ("ppg", "pv")}
SEQCOMB = {"single": 1500, "mv": 1500}


def stretched(recs: list[Recording], factor: int) -> list[Recording]:
    """Recordings as if sampled `factor` times faster: gaps filled, then polyphase upsampling
    (anti-imaging filtered), so a window holds 1/factor of the time it held: what an oversampled
    device records."""
    from scipy.signal import resample_poly

    from stampcodec.missing import fill_missing

    out = []
    for r in recs:
        if len(r.data) < 8:
            continue
        x = fill_missing(r.data.T, np.float64)
        out.append(Recording(r.source, resample_poly(x, factor, 1, axis=1).T, r.columns,
                             None if r.rate_hz is None else r.rate_hz * factor))
    return out


def training_set(packages: Path, seed: int = 0, stretch: tuple[int, ...] = (),
                 exclude: tuple[str, ...] = ()) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """The training windows; stretch: also, per source and factor, a quarter of its windows
    again from its recordings upsampled by that factor (time-scale augmentation); exclude: sources
    left out entirely (a fold of the leave-fold-out evaluation)."""
    from stampcodec.datasets.seqcomb import generate

    rng = np.random.default_rng(seed)
    parts, counts = [], {}
    all_sources = sources(packages)
    unknown = set(exclude) - set(all_sources)
    if unknown:
        raise SystemExit(f"--exclude: unknown source(s) {sorted(unknown)}; known: {sorted(all_sources)}")
    for name, (train, _) in all_sources.items():
        if name in exclude:
            continue
        n, hop = MIX[name]
        w = _windows(train, hop)
        w = w[rng.permutation(len(w))[:n]]
        parts.append(w)
        counts[name] = len(w)
        for f in stretch:
            ws = _windows(stretched(train, f), hop * f)
            ws = ws[rng.permutation(len(ws))[:n // 4]]
            parts.append(ws)
            counts[f"{name} x{f}"] = len(ws)
    for variant, n in SEQCOMB.items():
        x = generate(variant, n_samples=4 * n, length=WINDOW, seed=seed).train.x  # (N, C, T), standardized
        w = x.reshape(-1, 1, WINDOW)
        w = w[rng.permutation(len(w))[:n]]
        parts.append(w)
        counts[f"seqcomb-{variant}"] = len(w)
    x = np.concatenate(parts)
    x = x[rng.permutation(len(x))]
    n_val = len(x) // 20
    return x[n_val:], x[:n_val], counts


def _write_csv(path: Path, data: np.ndarray, columns: list[str], rate_hz: float | None, time_name: str = "time_s") -> None:
    with open(path, "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(([time_name] if rate_hz else []) + columns)
        for i, row in enumerate(data):
            cells = ["" if np.isnan(v) else f"{v:.6g}" for v in row]
            wr.writerow(([f"{i / rate_hz:.6f}"] if rate_hz else []) + cells)
    print(f"wrote {path} ({len(data)} rows x {len(columns)} channels)")


def cmd_fixtures(a: argparse.Namespace) -> None:
    src = sources(Path(a.packages))
    (ROOT / "examples").mkdir(exist_ok=True)
    (ROOT / "tests" / "data").mkdir(exist_ok=True)
    watch = src["watch-imu"][1][0]  # the first held-out recording (subject 9 or 10)
    _write_csv(ROOT / "examples" / "wrist_imu.csv", watch.data, watch.columns, watch.rate_hz)
    ecg = src["ecg"][1][0]
    _write_csv(ROOT / "tests" / "data" / "ecg_holdout.csv", ecg.data[:2000], ecg.columns, None)
    gait = src["daphnet-gait"][1][0]
    _write_csv(ROOT / "tests" / "data" / "gait_holdout.csv", gait.data[:1500], gait.columns, gait.rate_hz)
    # The held-out PV plant as the package ships it (ISO time stamps, an unnamed index column), 7 columns.
    with open(_pkg(Path(a.packages), "pvanalytics", "data", "serf_west_15min.csv"), newline="") as f:
        rows = [r[:7] for r in csv.reader(f)]
    with open(ROOT / "tests" / "data" / "pv_holdout.csv", "w", newline="") as f:
        csv.writer(f).writerows(rows)
    print(f"wrote tests/data/pv_holdout.csv ({len(rows) - 1} rows x 6 channels)")


def cmd_train(a: argparse.Namespace) -> None:
    import torch

    from stampcodec.bundle import save
    from stampcodec.config import StampConfig
    from stampcodec.train.trainer import result_bundle, train

    torch.set_num_threads(a.threads)
    stretch = tuple(int(f) for f in a.stretch.split(",")) if a.stretch else ()
    exclude = tuple(FOLDS[a.fold]) if a.fold else ()
    tr, val, counts = training_set(Path(a.packages), a.seed, stretch, exclude)
    desc = ("default mix" + (f" without {', '.join(exclude)} (fold {a.fold})" if exclude else "")
            + f", soft-DTW weight {StampConfig().sdtw_weight}: ") + ", ".join(f"{k} {v}" for k, v in counts.items()) + f" windows of {WINDOW} (5% for validation)"
    print(desc, file=sys.stderr)
    cfg = StampConfig(normalization="zscore", epochs=a.epochs, seed=a.seed)
    res = train(cfg, tr, val, checkpoint_dir=a.checkpoint_dir, resume=a.resume, progress=True)
    b = result_bundle(res, desc, {"default_model_sources": counts})
    save(b, a.output)
    print(f"wrote {a.output} ({Path(a.output).stat().st_size} bytes), kept epoch {res.best_epoch}, {res.wall_seconds:.0f} s")


NAIVE_STEP = 18  # 0.4375 bpt buys one 8-bit sample in 18; the baseline keeps full floats, so it is generous


def _every_nth(x: np.ndarray, step: int) -> np.ndarray:
    """Keep every step-th sample and interpolate linearly between them (per channel, NaN-aware)."""
    t = np.arange(len(x))
    out = np.empty_like(x)
    for c in range(x.shape[1]):
        keep = t[::step][np.isfinite(x[::step, c])]
        out[:, c] = np.interp(t, keep, x[keep, c]) if len(keep) else np.nan
    return out


def cmd_evaluate(a: argparse.Namespace) -> None:
    from stampcodec.codec import Codec, verify

    codec = Codec.load(a.model)
    rows = []
    for name, (_, held) in sources(Path(a.packages)).items():
        nbytes = samples = 0
        se = sq = naive_se = 0.0
        psnr = []
        t_enc = t_dec = 0.0
        for r in held:
            if len(r.data) < 2:
                continue
            t0 = time.perf_counter()
            blob = codec.encode(r.data, columns=r.columns, sample_rate=r.rate_hz)
            t1 = time.perf_counter()
            dec = codec.decode(blob)
            t2 = time.perf_counter()
            v = verify(r.data, dec, blob)
            t_enc += t1 - t0
            t_dec += t2 - t1
            n = int(np.isfinite(r.data).sum())
            nbytes += len(blob)
            samples += r.data.size
            se += v.nmse * n
            sq += n
            psnr.append(v.psnr)
            naive_se += verify(r.data, _every_nth(r.data, NAIVE_STEP)).nmse * n
        rows.append({"source": name, "recordings": len(held), "samples": samples, "bytes": nbytes,
                     "bpt": 8 * nbytes / samples, "nmse": se / sq, "median_psnr_db": float(np.median(psnr)),
                     f"nmse_every_{NAIVE_STEP}th_sample": naive_se / sq,
                     "encode_samples_per_s": samples / t_enc, "decode_samples_per_s": samples / t_dec})
        print(json.dumps(rows[-1]))
    print("\n| held-out source | files | samples | real bpt | NMSE | median PSNR (dB) | NMSE, every 18th sample kept |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['source']} | {r['recordings']} | {r['samples']} | {r['bpt']:.3f} | {r['nmse']:.3f} | "
              f"{r['median_psnr_db']:.1f} | {r[f'nmse_every_{NAIVE_STEP}th_sample']:.3f} |")
    if a.json:
        Path(a.json).parent.mkdir(parents=True, exist_ok=True)
        Path(a.json).write_text(json.dumps(rows, indent=2) + "\n")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("fixtures", "train", "evaluate"):
        s = sub.add_parser(name)
        s.add_argument("--packages", required=True, help="folder the data packages were installed into")
    t = sub.choices["train"]
    t.add_argument("-o", "--output", required=True)
    t.add_argument("--epochs", type=int, default=16)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--threads", type=int, default=1)
    t.add_argument("--checkpoint-dir")
    t.add_argument("--resume", action="store_true")
    t.add_argument("--stretch", help="time-scale augmentation: upsampling factors, e.g. 2,4,8")
    t.add_argument("--fold", choices=sorted(FOLDS), help="leave this fold's sources out (leave-fold-out evaluation)")
    e = sub.choices["evaluate"]
    e.add_argument("--model", help="bundle (default: the bundled default model)")
    e.add_argument("--json")
    a = p.parse_args()
    {"fixtures": cmd_fixtures, "train": cmd_train, "evaluate": cmd_evaluate}[a.cmd](a)


if __name__ == "__main__":
    main()
