"""Leave OpenCV's video I/O and its private OpenBLAS out of a Linux bundle.

    python packaging/slim_opencv.py packaging/dist/moderator-app

The ``opencv-python-headless`` wheel links FFmpeg (with the VP8/9 codecs, and an OpenSSL for
network streams) and a 37 MB OpenBLAS. The workstation uses OpenCV for image arithmetic only
(resize, colour conversion, affine and perspective warps, contours, connected components, small
linear solves), never for video, yet the loader needs every one of those libraries to import
``cv2``: about 67 MB of the bundle.

- **Video I/O** (FFmpeg and what only it links): each FFmpeg library ``cv2`` links directly is
  replaced by a small stub with the same name, exporting the same symbols at the same versions.
  A stub function prints which function was called and that this bundle leaves video out, then
  aborts: a call can never go on with wrong data. Only ``cv2.VideoCapture``/``VideoWriter``
  reach them. The libraries only FFmpeg linked (libvpx, libswresample, OpenSSL, libdrm) go.
  libavif stays: OpenCV's image codecs create their AVIF encoder as soon as any image is
  encoded or decoded, so stubbing it would break ``cv2.imencode``/``imdecode`` for every format.
- **OpenBLAS**: replaced by a shim with its name over the reference LAPACK and BLAS of the
  build machine (Debian: ``liblapack-dev`` for the PIC static LAPACK, ``libblas3``). ``cv2``
  calls 4 ``cblas_*gemm`` and 15 LAPACK routines, all standard ones: the shim carries those
  LAPACK routines itself (0.5 MB) and links the shared reference BLAS and libgfortran, copied
  into the bundle (3.6 MB in all, for OpenBLAS's 40). The shim is used only when every routine
  cv2 needs is there, otherwise OpenBLAS stays.

Needs ``gcc`` and ``readelf``. Without them (or off Linux) it changes nothing and says so. The
bundle test runs the frozen OCR (perspective transforms: LAPACK ``?gesv``) and NudeNet (affine
warps) on the slimmed bundle, and ``tests/packaging/test_slim_opencv.py`` checks the linear
algebra and the stubs against the unmodified wheel.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

LIBS_DIR = "opencv_python_headless.libs"
# What cv2 links for video I/O (name prefixes, before auditwheel's hash). Not libavif: the image
# codec registry calls into it on the first imencode/imdecode of any format.
STUBBED_PREFIXES = ("libavcodec-", "libavformat-", "libavutil-", "libswscale-")
OPENBLAS_PREFIX = "libopenblas"
# The reference libraries the OpenBLAS shim links, in load order (dependencies first). With the
# static LAPACK archive, the routines come from it and liblapack.so.3 is not needed.
REFERENCE_BLAS = ("libquadmath.so.0", "libgfortran.so.5", "libblas.so.3", "liblapack.so.3")
LAPACK_PIC_ARCHIVE = "liblapack_pic.a"
SYSTEM_LIB_DIRS = (
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/lib/x86_64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
)

_SYMBOL = re.compile(r"^\s*\d+:\s+[0-9a-f]+\s+(\d+|0x[0-9a-f]+)\s+(\w+)\s+\w+\s+\w+\s+(\S+)\s+(\S+)")


def log(message: str) -> None:
    print(f"slim_opencv: {message}", flush=True)


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def needed(path: Path) -> list[str]:
    """The DT_NEEDED names of an ELF file."""
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", _run("readelf", "-dW", str(path)))


def soname(path: Path) -> str | None:
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _run("readelf", "-dW", str(path)))
    return match.group(1) if match else None


@dataclass(frozen=True)
class Symbol:
    name: str
    version: str | None  # None for an unversioned symbol
    is_function: bool
    size: int


def _dynamic_symbols(path: Path, *, defined: bool) -> list[Symbol]:
    symbols = []
    for line in _run("readelf", "--dyn-syms", "-W", str(path)).splitlines():
        match = _SYMBOL.match(line)
        if not match:
            continue
        size_text, kind, index, name = match.groups()
        if (index == "UND") == defined or kind not in ("FUNC", "OBJECT", "IFUNC") or not name:
            continue
        base, _, version = name.partition("@")
        size = int(size_text, 16) if size_text.startswith("0x") else int(size_text)
        symbols.append(Symbol(base, version.lstrip("@") or None, kind != "OBJECT", size))
    return symbols


def imported_names(path: Path) -> set[str]:
    return {s.name for s in _dynamic_symbols(path, defined=False)}


def exported(path: Path) -> list[Symbol]:
    return _dynamic_symbols(path, defined=True)


def _c_identifier(name: str) -> bool:
    return re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) is not None


def stub_source(library: str, symbols: list[Symbol]) -> tuple[str, str]:
    """The C source and linker version script of a stub exporting ``symbols``."""
    lines = [
        "#include <stdio.h>",
        "#include <stdlib.h>",
        "static void left_out(const char *name) {",
        '    fprintf(stderr, "moderator-app: OpenCV called %s in ' + library + ", which this bundle "
        'leaves out (the app uses no video I/O through OpenCV)\\n", name);',
        "    abort();",
        "}",
    ]
    by_version: dict[str | None, list[str]] = {}
    for symbol in sorted(symbols, key=lambda s: s.name):
        if not _c_identifier(symbol.name):
            raise ValueError(f"cannot stub symbol {symbol.name!r} of {library}")
        if symbol.is_function:
            lines.append(f'void {symbol.name}(void) {{ left_out("{symbol.name}"); }}')
        else:
            lines.append(f"char {symbol.name}[{max(1, symbol.size)}];")
        by_version.setdefault(symbol.version, []).append(symbol.name)
    script = []
    for version, names in by_version.items():
        exports = " ".join(f"{name};" for name in names)
        script.append(f"{version or ''} {{ global: {exports} local: *; }};".strip())
    return "\n".join(lines) + "\n", "\n".join(script) + "\n"


def _compile(target: Path, soname_: str, source: str, version_script: str | None, extra: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        c_file = Path(tmp) / "shim.c"
        c_file.write_text(source)
        command = ["gcc", "-shared", "-fPIC", "-O2", "-s", "-o", str(target), str(c_file)]
        command += [f"-Wl,-soname,{soname_}"]
        if version_script is not None:
            script = Path(tmp) / "exports.map"
            script.write_text(version_script)
            command += [f"-Wl,--version-script={script}"]
        subprocess.run(command + extra, check=True, capture_output=True, text=True)


def stub_video_libraries(cv2_binary: Path, libs: Path) -> list[str]:
    """Replace the FFmpeg libraries cv2 links with stubs; return their names."""
    used = imported_names(cv2_binary)
    replaced = []
    for name in needed(cv2_binary):
        if not name.startswith(STUBBED_PREFIXES):
            continue
        original = libs / name
        if not original.is_file():
            continue
        symbols = [s for s in exported(original) if s.name in used]
        stub = original.with_name(name + ".stub")
        try:
            source, script = stub_source(name, symbols)
            _compile(stub, name, source, script, [])
        except (ValueError, subprocess.CalledProcessError) as exc:
            detail = exc.stderr.strip()[-500:] if isinstance(exc, subprocess.CalledProcessError) else exc
            log(f"keeping {name}: its stub could not be built ({detail})")
            stub.unlink(missing_ok=True)
            continue
        stub.replace(original)
        replaced.append(name)
    return replaced


def find_system_library(name: str) -> Path | None:
    try:
        cache = _run("ldconfig", "-p")
    except (OSError, subprocess.CalledProcessError):
        cache = ""
    for line in cache.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split(" ")[0] == name and "x86-64" in parts[0]:
            return Path(parts[1]).resolve()
    for directory in SYSTEM_LIB_DIRS:
        candidate = Path(directory) / name
        if candidate.exists():
            return candidate.resolve()
    return None


def find_lapack_archive() -> Path | None:
    """The position-independent static LAPACK (Debian: liblapack-dev), if there is one."""
    for directory in SYSTEM_LIB_DIRS:
        candidate = Path(directory) / LAPACK_PIC_ARCHIVE
        if candidate.is_file():
            return candidate
    return None


def replace_openblas(cv2_binary: Path, libs: Path) -> str | None:
    """Swap OpenBLAS for a shim over the reference LAPACK/BLAS; return its name, or None.

    With the PIC static LAPACK, the shim links just the routines cv2 calls (and the ones they
    call) into itself, about 0.5 MB instead of the whole 7 MB library; otherwise it links the
    shared ``liblapack.so.3``, copied into the bundle.
    """
    name = next((n for n in needed(cv2_binary) if n.startswith(OPENBLAS_PREFIX)), None)
    if name is None or not (libs / name).is_file():
        return None
    wanted = {s.name for s in exported(libs / name)} & imported_names(cv2_binary)
    archive = find_lapack_archive()
    shared = REFERENCE_BLAS[:-1] if archive is not None else REFERENCE_BLAS
    found = {lib: find_system_library(lib) for lib in shared}
    missing = [lib for lib, path in found.items() if path is None]
    if missing:
        log(f"keeping OpenBLAS: no system {', '.join(missing)} (Debian: apt-get install liblapack3 libblas3)")
        return None
    provided = {s.name for path in found.values() for s in exported(path)}
    lapack_routines = sorted(wanted - provided)
    for lib, path in found.items():
        shutil.copy2(path, libs / lib)
    shim = libs / (name + ".shim")
    # DT_RPATH (not RUNPATH) $ORIGIN: it also applies to the copied libraries' own lookups.
    link = ["-Wl,--no-as-needed", "-Wl,--disable-new-dtags", "-Wl,-rpath,$ORIGIN"]
    if archive is not None:
        link += [f"-Wl,--undefined={routine}" for routine in lapack_routines] + [str(archive)]
    link += [str(libs / lib) for lib in shared]
    try:
        _compile(
            shim,
            name,
            "/* OpenBLAS's name over the reference LAPACK and BLAS; see slim_opencv.py */\n",
            None,
            link,
        )
    except subprocess.CalledProcessError as exc:
        log(f"keeping OpenBLAS: linking the shim failed: {exc.stderr.strip()[-500:]}")
        return None
    still_missing = wanted - {
        s.name for path in [shim, *(libs / lib for lib in shared)] for s in exported(path)
    }
    if still_missing:
        shim.unlink()
        log(f"keeping OpenBLAS: the reference libraries lack {sorted(still_missing)}")
        return None
    shim.replace(libs / name)
    return name


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def drop_unreferenced(bundle: Path, libs: Path) -> list[str]:
    """Delete the files of ``libs`` that no ELF file of the bundle links any more."""
    removed = []
    while True:
        referenced = set()
        for path in bundle.rglob("*"):
            if path.is_file() and not path.is_symlink() and is_elf(path):
                referenced.update(needed(path))
        orphans = [p for p in libs.iterdir() if p.is_file() and p.name not in referenced]
        if not orphans:
            return removed
        for path in orphans:
            path.unlink()
            removed.append(path.name)


def slim(bundle: Path) -> int:
    """Slim the bundle in place; return the bytes saved."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    libs = internal / LIBS_DIR
    cv2_binary = next(iter(sorted((internal / "cv2").glob("cv2*.so"))), None)
    if not sys.platform.startswith("linux") or cv2_binary is None or not libs.is_dir():
        log("nothing to do (not a Linux bundle with OpenCV's vendored libraries)")
        return 0
    if shutil.which("gcc") is None or shutil.which("readelf") is None:
        log("gcc and readelf are needed to slim OpenCV; leaving it whole")
        return 0
    before = sum(p.stat().st_size for p in libs.iterdir() if p.is_file())
    stubbed = stub_video_libraries(cv2_binary, libs)
    blas = replace_openblas(cv2_binary, libs)
    removed = drop_unreferenced(bundle, libs)
    after = sum(p.stat().st_size for p in libs.iterdir() if p.is_file())
    log(f"stubbed {', '.join(stubbed) or 'nothing'}")
    log(f"OpenBLAS {'replaced by the reference LAPACK/BLAS' if blas else 'kept'}")
    log(f"removed {', '.join(sorted(removed)) or 'nothing'}")
    log(f"{LIBS_DIR}: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
    return before - after


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: slim_opencv.py BUNDLE_DIR", file=sys.stderr)
        return 2
    slim(Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
