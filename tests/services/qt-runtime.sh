#!/usr/bin/env bash
# Make sure the system libraries that Qt's offscreen platform needs are present.
# On Debian as root, installs what is missing; elsewhere it only reports.
set -euo pipefail
venv=${1:-.venv}
plugin=$("$venv/bin/python" - <<'PY'
import pathlib, PySide6
print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqoffscreen.so")
PY
)
missing=$(ldd "$plugin" "$(dirname "$plugin")/../../lib/libQt6Gui.so.6" 2>/dev/null | grep "not found" || true)
fonts=$(fc-list 2>/dev/null | head -n 1 || true)
if [ -z "$missing" ] && [ -n "$fonts" ]; then
  exit 0
fi
echo "Qt runtime libraries missing: ${missing:-fonts}" >&2
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq >&2
  apt-get install -y -qq libegl1 libgl1 libopengl0 libfontconfig1 libxkbcommon0 libglib2.0-0 \
    libdbus-1-3 fonts-dejavu-core fontconfig >&2
else
  echo "install them with your package manager (Debian: libegl1 libgl1 libopengl0 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)" >&2
  exit 1
fi
