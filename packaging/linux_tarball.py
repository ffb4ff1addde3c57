"""Pack the Linux bundle with its desktop integration into a relocatable tarball.

    python packaging/linux_tarball.py BUNDLE_DIR OUTPUT.tar.gz VERSION

Layout (a usual FHS prefix, so `install.sh` or a package recipe can copy it as is)::

    moderator-app-<version>/
        bin/moderator-app -> ../lib/moderator-app/moderator-app
        lib/moderator-app/                     the PyInstaller one-folder bundle
        share/applications/<id>.desktop
        share/metainfo/<id>.metainfo.xml
        share/icons/hicolor/<N>x<N>/apps/<id>.png, scalable/apps/<id>.svg
        install.sh                             copies the tree into a prefix
        README.txt
"""

from __future__ import annotations

import io
import sys
import tarfile
from pathlib import Path

from bundle_contents import APP_ID

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop"

INSTALL_SH = """#!/bin/sh
# Install moderator-app into a prefix: ./install.sh [PREFIX]
# Default prefix: /usr/local as root, ~/.local otherwise. Uninstall: remove PREFIX/lib/moderator-app,
# PREFIX/bin/moderator-app and the share/ files listed in this tarball.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then prefix=${1:-/usr/local}; else prefix=${1:-$HOME/.local}; fi
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share"
rm -rf "$prefix/lib/moderator-app"
cp -a "$here/lib/moderator-app" "$prefix/lib/"
ln -sf ../lib/moderator-app/moderator-app "$prefix/bin/moderator-app"
cp -a "$here/share/." "$prefix/share/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "moderator-app installed in $prefix (run: $prefix/bin/moderator-app --demo)"
"""

README = """Moderator workstation {version} for Linux x86_64

Run it in place:      ./bin/moderator-app            (or ./bin/moderator-app --demo)
Install for one user: ./install.sh                   (into ~/.local)
Install system-wide:  sudo ./install.sh /opt/moderator-app
Versions:             ./bin/moderator-app --version

Needs glibc 2.31 or newer and an X11 or Wayland session (Qt's xcb platform needs the usual
libxcb-* libraries that every desktop distribution installs).
"""


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Root-owned entries, so unpacking as root does not hand files to the build user."""
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def _add_text(tar: tarfile.TarFile, name: str, text: str, mode: int) -> None:
    data = text.encode("utf-8")
    info = _normalise(tarfile.TarInfo(name))
    info.size = len(data)
    info.mode = mode
    tar.addfile(info, io.BytesIO(data))


def desktop_files() -> list[tuple[Path, str]]:
    """(source, path under share/) for the .desktop file, the metainfo and every icon."""
    files = [
        (DESKTOP / f"{APP_ID}.desktop", f"applications/{APP_ID}.desktop"),
        (DESKTOP / f"{APP_ID}.metainfo.xml", f"metainfo/{APP_ID}.metainfo.xml"),
    ]
    for icon in sorted((DESKTOP / "icons").rglob("*")):
        if icon.is_file():
            files.append((icon, str(icon.relative_to(DESKTOP))))
    return files


def build_tarball(bundle: Path, output: Path, version: str) -> None:
    top = f"moderator-app-{version}"
    executable = bundle / "moderator-app"
    if not executable.is_file():
        raise SystemExit(f"{executable} not found: build the bundle first (packaging/build)")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/lib/moderator-app", filter=_normalise)
        link = _normalise(tarfile.TarInfo(f"{top}/bin/moderator-app"))
        link.type = tarfile.SYMTYPE
        link.linkname = "../lib/moderator-app/moderator-app"
        tar.addfile(link)
        for source, relative in desktop_files():
            tar.add(source, arcname=f"{top}/share/{relative}", filter=_normalise)
        _add_text(tar, f"{top}/install.sh", INSTALL_SH, 0o755)
        _add_text(tar, f"{top}/README.txt", README.format(version=version), 0o644)
    partial.replace(output)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    build_tarball(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
