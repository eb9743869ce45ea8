"""The functions of the ISA suite: one C source per function under ``src/``, its driver under ``drivers/``.

Everything about a function is read from its source: the first comment describes it and
ends with ``tags: a, b``; the one non-static function named like the file is the entry
point; ``#include`` lines and ``struct`` definitions are the declarations the prompt shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parent
SRC_DIR = ROOT / "src"
DRIVER_DIR = ROOT / "drivers"
DATA_DIR = ROOT / "data"
MEASUREMENTS = DATA_DIR / "measurements.json"
SOURCE_ARCH = "x86_64"
SOURCE_LEVELS = ("O0", "O2")
REFERENCE_LEVELS = ("O0", "O1", "O2")
LOW_COVERAGE = 0.98
"""Below this share of a translation's static instructions executed, the tests miss code paths."""


@dataclass(frozen=True)
class Function:
    name: str
    source: str
    driver: str
    description: str
    tags: tuple[str, ...]
    prototype: str
    declarations: str
    """``#include`` lines and struct definitions the prototype needs."""

    @property
    def source_file(self) -> str:
        return f"{self.name}.c"


def parse_function(name: str, source: str, driver: str) -> Function:
    head = re.match(r"\s*/\*(.*?)\*/", source, re.S)
    if not head or "tags:" not in head.group(1):
        raise ValueError(f"{name}.c: must open with a comment ending in 'tags: ...'")
    description, _, tags = head.group(1).partition("tags:")
    proto = re.search(rf"^(?!static)([^\n;{{}}#]*\b{name}\s*\([^)]*\))\s*\{{", source, re.M)
    if not proto:
        raise ValueError(f"{name}.c: no external definition of {name}")
    decls = re.findall(r"^#include[^\n]*$|^struct \w+ \{.*?^\};", source, re.M | re.S)
    return Function(
        name=name,
        source=source,
        driver=driver,
        description=" ".join(description.split()),
        tags=tuple(t.strip() for t in tags.split(",") if t.strip()),
        prototype=" ".join(proto.group(1).split()),
        declarations="\n".join(decls),
    )


def functions() -> list[Function]:
    return [
        parse_function(p.stem, p.read_text(), (DRIVER_DIR / p.name).read_text())
        for p in sorted(SRC_DIR.glob("*.c"))
    ]


def data_path(name: str, arch: str, level: str) -> Path:
    """The cached assembly of ``name`` for ``arch`` (a target or the x86-64 source) at ``level``."""
    return DATA_DIR / name / f"{arch}-{level}.s"
