"""Peak resident memory of this process, per phase: Linux VmHWM, reset through clear_refs."""

from __future__ import annotations

from pathlib import Path


def _status_bytes(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None  # not Linux: unavailable, never 0


def peak_rss_bytes() -> int | None:
    return _status_bytes("VmHWM")


def current_rss_bytes() -> int | None:
    return _status_bytes("VmRSS")


def reset_peak() -> bool:
    """Reset the high-water mark to the current RSS (writing 5 to clear_refs); False if impossible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False
