"""Strip the symbol tables from the ELF binaries of a Linux bundle, safely (about -70 MB).

    python packaging/strip_bundle.py packaging/dist/moderator-app

PyInstaller's own ``strip=True`` is not used: many wheels' vendored libraries were edited by
patchelf (auditwheel), and ``strip`` rewrites those into files the dynamic loader refuses
("ELF load command address/offset not page-aligned"; NumPy's OpenBLAS does this). Each file
is stripped to a copy, and the copy replaces the original only if every loadable segment is
still page-aligned. The executable itself is left alone (PyInstaller's bootloader).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_LOAD = re.compile(
    r"^\s*LOAD\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+\S+\s+(0x[0-9a-f]+)"
)


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def segments_loadable(path: Path) -> bool:
    """True when every PT_LOAD segment satisfies the loader's offset/address alignment."""
    result = subprocess.run(["readelf", "-lW", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        return False
    loads = [tuple(int(v, 16) for v in m.groups()) for m in map(_LOAD.match, result.stdout.splitlines()) if m]
    if not loads:
        return False
    for offset, vaddr, align in loads:
        if (vaddr - offset) % PAGE_SIZE:
            return False
        if align and (vaddr - offset) % align:
            return False
    return True


def strip_file(path: Path) -> int:
    """Strip ``path`` in place when that is safe; return the bytes saved (0 when left alone)."""
    if not segments_loadable(path):
        return 0  # not a plain ELF object we understand: leave it
    candidate = path.with_name(path.name + ".stripped")
    result = subprocess.run(
        ["strip", "--strip-unneeded", "-o", str(candidate), str(path)], capture_output=True
    )
    try:
        if result.returncode != 0 or not segments_loadable(candidate):
            return 0
        saved = path.stat().st_size - candidate.stat().st_size
        if saved <= 0:
            return 0
        shutil.copymode(path, candidate)
        os.replace(candidate, path)
        return saved
    finally:
        candidate.unlink(missing_ok=True)


def strip_bundle(bundle: Path) -> tuple[int, int, list[Path]]:
    """(files stripped, bytes saved, files refused) for every ELF file under ``bundle/_internal``."""
    stripped, saved, refused = 0, 0, []
    for path in sorted((bundle / "_internal").rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        gained = strip_file(path)
        if gained:
            stripped += 1
            saved += gained
        elif path.suffix in (".so",) or ".so." in path.name:
            refused.append(path)
    return stripped, saved, refused


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        print(
            "strip_bundle: binutils (strip, readelf) not installed; bundle left unstripped", file=sys.stderr
        )
        return 0
    stripped, saved, _refused = strip_bundle(Path(argv[1]))
    print(f"stripped {stripped} binaries, saved {saved / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
