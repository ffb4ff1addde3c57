"""Save screenshots of the review screen (light/dark x English/French) into resources/screenshots/.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py
Uses the curated sample listing of the view tests (tests/views/sample_items.py), so the
pictures are the same on every machine.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "views"))

import sample_items  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402

from moderator_app.app import create_application  # noqa: E402
from moderator_app.sync.status import SyncStatus  # noqa: E402
from moderator_app.views import i18n, photo_decode  # noqa: E402
from moderator_app.views import theme as themes  # noqa: E402
from moderator_app.views.review_screen import ReviewScreen  # noqa: E402
from moderator_app.views.status_bar import SyncStatusBar  # noqa: E402

OUT = ROOT / "resources" / "screenshots"


def shoot(theme_name: str, language: str, tmp: Path) -> Path:
    app = create_application()
    i18n.install(app, language)
    themes.apply(app, theme_name)
    items = [sample_items.make_item(i, tmp, sensitive=(i == 1)) for i in range(1, 6)]
    window = QMainWindow()
    screen = ReviewScreen(sample_items.StandInWorkstation(items))
    window.setCentralWidget(screen)
    status = SyncStatusBar(window)
    window.setStatusBar(status)
    status.show_status(SyncStatus("online", 2, 842, None, 5, "new-listings"))
    window.resize(1480, 900)
    screen.set_queue(sample_items.QUEUE)
    window.show()
    for _ in range(100):
        QTest.qWait(20)
        if screen.cache.pending_count() == 0:
            break
    QTest.qWait(100)
    path = OUT / f"review-{theme_name}-{language}.png"
    window.grab().save(str(path))
    window.close()
    window.deleteLater()
    return path


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    photo_decode.install_limits()
    with tempfile.TemporaryDirectory() as tmp:
        for theme_name in ("light", "dark"):
            for language in ("en", "fr"):
                print(shoot(theme_name, language, Path(tmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
