"""The export folder's manifest, stampcodec-export.json: which files hold which graph, for which
model, so that the runners (stampcodec.runtime.exported) need no bundle to find them."""

from __future__ import annotations

import json
from pathlib import Path

from stampcodec.atomic import write_atomic
from stampcodec.bundle import Bundle
from stampcodec.runtime.exported import MANIFEST

NAME = MANIFEST  # one spelling, shared with the runners that read it


def write_manifest(out_dir: Path, bundle: Bundle, files: dict[str, Path], **extra: object) -> Path:
    path = Path(out_dir) / NAME
    old = json.loads(path.read_text()) if path.exists() else {}
    if old.get("model_id") not in (None, bundle.model_id):
        old = {}  # another model's exports: start over
    doc = {**old, "format": "stampcodec-export", "format_version": 1, "model_id": bundle.model_id,
           "config": bundle.config.to_dict(), **extra}
    doc["files"] = {**old.get("files", {}), **{k: p.name for k, p in files.items()}}
    write_atomic(path, (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())
    return path
