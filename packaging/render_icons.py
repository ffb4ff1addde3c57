"""Render the app icon (resources/desktop/icons/hicolor/scalable/apps/<id>.svg) to every size.

Writes the freedesktop PNG sizes next to the SVG (hicolor/<N>x<N>/apps/<id>.png), the Windows
icon (packaging/windows/moderator-app.ico) and the macOS icon (packaging/macos/moderator-app.icns).
The outputs are committed, so a bundle build needs neither this script nor an SVG renderer;
run it again after editing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from bundle_contents import APP_ID
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
HICOLOR = ROOT / "resources" / "desktop" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` x ``size`` pixels, antialiased, as an RGBA Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    rendered = {size: render(renderer, size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    for size in PNG_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        rendered[size].save(target, optimize=True)
    ico = ROOT / "packaging" / "windows" / "moderator-app.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    # Pillow resamples from the largest frame; giving it each rendered size keeps small ones crisp.
    rendered[256].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[rendered[s] for s in ICO_SIZES if s != 256],
    )
    icns = ROOT / "packaging" / "macos" / "moderator-app.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    rendered[1024].save(icns, format="ICNS", append_images=[rendered[s] for s in ICNS_SIZES if s != 1024])
    print(f"icons written under {HICOLOR}, {ico.name}, {icns.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
