"""Count the instructions a bare-metal ELF executes under qemu-system-arm, per function.

    python scripts/qemu_instructions.py build-m4/stampenc_m4f.elf [--machine mps2-an386] [--cwd DIR]

qemu logs every translated block (-d in_asm: its instructions) and every execution of one
(-d exec, with -d nochain so that chained blocks are logged too); their product, summed, is the
exact count of guest instructions executed. Semihosting's SYS_ELAPSED under -icount is not:
it drifted 2-4x from this count on the encoder (semihosting calls and I/O recompiles advance it).
Functions are named from the ELF's symbols (arm-none-eabi-nm). Prints a JSON object: total,
per function, and "encoder": the stampenc library's functions with the libgcc soft-float and
libc memory helpers they call (startup, printf and semihosting I/O left out).
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import os
import re
import subprocess
import tempfile
import threading
from pathlib import Path

ENCODER = re.compile(r"^(stampenc_|encode_|dot|erf_|exp_|gelu_|prepare_|range_code|rc_|bit_pack|write_|fill_row|"
                     r"channel_runs|frame_|wr|varint|stampdec_crc32|__aeabi_|__.*df|__.*sf|memset|memcpy|memmove)")


TRACE = re.compile(r"Trace \d+: 0x[0-9a-f]+ \[[0-9a-f]+/([0-9a-f]+)/")


def symbols(elf: Path) -> tuple[list[int], list[str]]:
    out = subprocess.run(["arm-none-eabi-nm", "-n", str(elf)], capture_output=True, text=True, check=True).stdout
    rows = [(int(a, 16) & ~1, n) for a, kind, n in (line.split()[:3] for line in out.splitlines() if len(line.split()) >= 3)
            if kind in "tTwW"]
    return [a for a, _ in rows], [n for _, n in rows]


def count(elf: Path, machine: str, cwd: Path) -> dict:
    addrs, names = symbols(elf)
    size: dict[int, int] = {}
    runs: collections.Counter[int] = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        fifo = Path(tmp) / "log"
        os.mkfifo(fifo)

        def read() -> None:
            block: int | str | None = None  # "new" right after an IN: line, then the block's first address
            with open(fifo, errors="replace") as f:
                for line in f:
                    if line.startswith("IN:"):
                        block = "new"
                    elif block is not None and line.startswith("0x"):
                        if block == "new":
                            block = int(line[2:line.index(":")], 16)
                            size[block] = 0
                        size[block] += 1
                    elif not line.strip():
                        block = None
                    elif (m := TRACE.search(line)) is not None:
                        runs[int(m.group(1), 16)] += 1

        reader = threading.Thread(target=read)
        reader.start()
        run = subprocess.run(["qemu-system-arm", "-M", machine, "-nographic", "-semihosting", "-d",
                              "nochain,exec,in_asm", "-D", str(fifo), "-kernel", str(elf)],
                             capture_output=True, text=True, cwd=cwd, timeout=3600)
        reader.join()
    per: collections.Counter[str] = collections.Counter()
    for pc, n in runs.items():
        i = bisect.bisect_right(addrs, pc) - 1
        per[names[i] if i >= 0 else "?"] += n * size.get(pc, 1)
    total = sum(per.values())
    encoder = sum(v for k, v in per.items() if ENCODER.match(k))
    return {"total": total, "encoder": encoder, "exit": run.returncode, "stdout": run.stdout,
            "functions": dict(per.most_common(25))}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("elf", type=Path)
    p.add_argument("--machine", default="mps2-an386")
    p.add_argument("--cwd", type=Path, default=Path.cwd(), help="qemu's working folder (semihosting files go there)")
    a = p.parse_args()
    print(json.dumps(count(a.elf.resolve(), a.machine, a.cwd), indent=1))


if __name__ == "__main__":
    main()
