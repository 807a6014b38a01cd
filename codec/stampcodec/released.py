"""The bundled default model, and every default released before it.

A token file names the model that wrote it (its header's model id), and only that model decodes
it. When the default model changes, the one it replaces moves to models/released/<model id>.stamp,
so files written with any earlier default keep decoding with no --model: Codec.load() (and the
numcodecs codec's "default") hands such a file to the released bundle its header names.
"""

from __future__ import annotations

import re
from pathlib import Path

MODELS = Path(__file__).parent / "models"
DEFAULT_MODEL = MODELS / "default.stamp"
RELEASED = MODELS / "released"
_MODEL_ID = re.compile(r"[0-9a-f]{16}")


def released_ids() -> list[str]:
    """Model ids of the earlier default models shipped with the package, sorted."""
    return sorted(p.stem for p in RELEASED.glob("*.stamp") if _MODEL_ID.fullmatch(p.stem))


def released_path(model_id: str) -> Path | None:
    """The earlier default model with this id, or None when no released default has it."""
    if not _MODEL_ID.fullmatch(model_id):
        return None
    p = RELEASED / f"{model_id}.stamp"
    return p if p.is_file() else None
