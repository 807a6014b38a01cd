"""Where the C decoder's and encoder's sources are, for firmware builds from a pip install (as emlearn does):

    cc -std=c99 -O2 -I"$(python -c 'import stampcodec; print(stampcodec.get_include())')" \\
       main.c "$(python -c 'import stampcodec; print(*stampcodec.get_sources())')" -lm
    cmake -Dstampdec_DIR="$(python -c 'import stampcodec; print(stampcodec.get_cmake_dir())')" ...

docs/EMBEDDING.md has the rest (copying two files, add_subdirectory, frame sizes for your RAM).
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _root() -> Path:
    """stampcodec/native in a wheel; native/ of the source tree in an editable install."""
    for root in (_HERE / "native", _HERE.parents[1] / "native"):
        if (root / "include" / "stampdec.h").is_file():
            return root
    raise FileNotFoundError("the C decoder's sources are not installed with this stampcodec")


def get_include() -> str:
    """The folder holding stampdec.h."""
    return str(_root() / "include")


def get_sources(encoder: bool = False) -> list[str]:
    """The C files to compile with it: the decoder (it includes the synthesis file next to it),
    and with encoder the streaming encoder (stampenc.h, in the same folder; it uses the decoder's
    CRC, and includes the kernels files next to it). Compile the encoder with -ffp-contract=off for bytes equal on every core."""
    src = _root() / "src"
    return [str(src / "stampdec.c")] + ([str(src / "stampenc.c")] if encoder else [])


def get_cmake_dir() -> str:
    """The folder holding stampdecConfig.cmake (find_package(stampdec) -> stampdec::stampdec and
    stampdec::stampenc)."""
    return str(_root() / "cmake")
