"""What goes into the frozen bundle: data files, hidden imports, exclusions and trims.

The PyInstaller spec (``moderator-app.spec``) builds from these lists, and the fast packaging
test checks them without running PyInstaller, so "the spec ships the policy / the models /
the migrations" is verified on every test run, not only when the slow build test runs.

Nothing here imports PyInstaller or Qt; the ``collect_submodules`` expansion happens in the spec.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The three data folders, placed at the top of the bundle where moderator_app.assets looks
# first when frozen (sys._MEIPASS/<folder>).
DATA_FOLDERS = ("ui", "resources", "models")

# Not needed at run time: README/AppStream screenshots and translation sources (the compiled
# .qm ship). resources/desktop/ ships: the window icon is loaded from its PNGs.
RESOURCE_SKIP_DIRS = ("screenshots",)
SKIP_SUFFIXES = (".ts", ".pyc")
SKIP_NAMES = ("__pycache__", ".gitkeep", ".DS_Store")

# Alembic reads env.py, the revision scripts and the template from disk next to
# moderator_app/server/migrate.py (MIGRATIONS_DIR = Path(__file__).parent / "migrations").
MIGRATIONS = "moderator_app/server/migrations"

# Packages whose data files the app reads from their install location at run time (paths
# relative to the package folder).
# rapidocr: config.yaml and default_models.yaml (RapidOCR reads both on every construction);
# its ONNX models come from the manifests below like every other model.
# confusable_homoglyphs: the Unicode confusables table (UTS #39) and the script table it imports.
# spellchecker: the French, Spanish and English word frequencies the split-word rules use
# (the other languages' lists stay out).
PACKAGE_CONFIG_FILES = {
    "rapidocr": ("config.yaml", "default_models.yaml"),
    "confusable_homoglyphs": ("confusables.json", "categories.json"),
    "spellchecker": ("resources/fr.json.gz", "resources/es.json.gz", "resources/en.json.gz"),
}

# Modules imported only inside functions or by name at run time, which PyInstaller's static
# analysis cannot see. moderator_app itself is collected whole in the spec
# (collect_submodules), which covers the lazily imported subcommands of cli.py.
HIDDEN_IMPORTS = (
    "moderator_app.screening.text_cli",
    "moderator_app.screening.image_cli",
    "moderator_app.app",
    "moderator_app.demo_backend",
    # Alembic's env.py and revision scripts are executed from files, not imported.
    "alembic.context",
    "alembic.op",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "secrets",
    # uvicorn picks its protocol, loop and lifespan implementations by name.
    "uvicorn.logging",
    "uvicorn.loops.auto",
    "uvicorn.loops.asyncio",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.protocols.http.httptools_impl",
    "uvicorn.protocols.websockets.auto",
    "uvicorn.lifespan.on",
    "uvicorn.lifespan.off",
    # SQLAlchemy resolves dialects from the URL at run time.
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    # (PostgreSQL is for team servers installed with pip; the bundle's embedded demo server
    # runs on SQLite, so psycopg and its 11 MB of libraries stay out.)
    # keyring discovers its backends through entry points.
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    # RapidOCR's ONNX Runtime engine (imported through a name switch).
    "rapidocr.inference_engine.onnxruntime",
    # The word lists are read with importlib.resources.files("spellchecker").
    "spellchecker",
)

# Packages in the development environment that the app never imports at run time.
EXCLUDES = (
    # GUI toolkits and notebooks
    "tkinter",
    "_tkinter",
    "matplotlib",
    "IPython",
    # test and analysis tools (the [test] extra)
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "sklearn",
    "statsmodels",
    "skimage",
    "onnx",
    "importlinter",
    "grimp",
    # optional in sqlite-utils (pandas), ImageHash (pywt) and the httpx CLI
    "pandas",
    "pywt",
    "rich",
    "pygments",
    # uvicorn's --reload file watcher, and the interactive prompt's line editing
    "watchfiles",
    "readline",
    # uvicorn's optional fast event loop: the embedded demo server serves one desk on loopback,
    # where asyncio's own loop is plenty (13 MB saved).
    "uvloop",
    # ImageHash: test-only since core.phash computes the pHash with numpy. (SciPy ships: the
    # embedded demo server builds its clusters with datasketch, whose LSH module imports SciPy.)
    "imagehash",
    # PostgreSQL drivers: the frozen app's embedded server uses SQLite (see HIDDEN_IMPORTS).
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg_pool",
    # RapidOCR's other inference engines
    "torch",
    "torchvision",
    "paddle",
    "openvino",
    "tensorrt",
    "MNN",
    # onnxruntime's offline tooling (needs onnx; never used for inference)
    "onnxruntime.quantization",
    "onnxruntime.transformers",
    "onnxruntime.tools",
    # build tools
    "PyInstaller",
    "setuptools",
    "pip",
)

# Qt modules the app does not use. PyInstaller only bundles the Qt modules that are imported,
# so this mostly guards against a future stray import dragging in hundreds of megabytes.
QT_EXCLUDES = tuple(
    f"PySide6.{name}"
    for name in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtWebEngineQuick",
        "QtWebChannel",
        "QtWebSockets",
        "Qt3DCore",
        "Qt3DRender",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DAnimation",
        "Qt3DExtras",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtSpatialAudio",
        "QtQml",
        "QtQuick",
        "QtQuickWidgets",
        "QtQuickControls2",
        "QtQuick3D",
        "QtDesigner",
        "QtUiTools",
        "QtHelp",
        "QtPdf",
        "QtPdfWidgets",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "QtSql",
        "QtTest",
        "QtBluetooth",
        "QtNfc",
        "QtPositioning",
        "QtLocation",
        "QtSensors",
        "QtSerialPort",
        "QtRemoteObjects",
        "QtScxml",
        "QtTextToSpeech",
        "QtHttpServer",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPrintSupport",
        "QtXml",
        "QtConcurrent",
        "QtAxContainer",
        # Python bindings only: the app talks HTTP through httpx and never calls D-Bus from
        # Python. Qt's own libraries stay (plugins link them).
        "QtNetwork",
        "QtDBus",
    )
)

# Qt's own translations: only the app's languages.
QT_LANGUAGES = ("en", "fr", "es")
_QT_TRANSLATION = re.compile(r"(?:^|[/\\])translations[/\\]\w+?_([a-z]{2})(?:_[A-Za-z]{2})?\.qm$")

# Trims of files that PyInstaller's hooks collect but the app never opens. Each is a pattern
# on the destination path inside the bundle.
TRIM_PATTERNS = (
    # OpenCV's Haar cascades and its config-3.x files (cv2 hook collects cv2/data).
    re.compile(r"^cv2[/\\]data[/\\]"),
    # Qt plugins a desktop widgets app never loads: embedded-display platforms (EGLFS, linuxfb,
    # VNC) and their integrations, raw input devices, SQL drivers, QML tooling. Kept: xcb,
    # wayland, offscreen and minimal platforms, and platforminputcontexts (compose keys and
    # input methods, which French and Spanish desks type with).
    re.compile(
        r"PySide6[/\\]Qt[/\\]plugins[/\\](?:egldeviceintegrations|generic|sqldrivers|qmltooling|"
        r"networkinformation|multimedia|position|sensors)[/\\]"
    ),
    re.compile(
        r"PySide6[/\\]Qt[/\\]plugins[/\\]platforms[/\\]lib(?:qeglfs|qlinuxfb|qvnc|qminimalegl|qvkkhrdisplay)\.so$"
    ),
    # Qt's GTK 3 theme plugin: it would load the desktop's GTK next to the bundle's own GLib and
    # Cairo copies (a classic source of crashes in frozen apps). The xdg-desktop-portal theme
    # still gives native file dialogs. Its GTK/Pango/Cairo dependencies go with it
    # (drop_orphan_libraries).
    re.compile(r"PySide6[/\\]Qt[/\\]plugins[/\\]platformthemes[/\\]libqgtk3\.so$"),
    # The Qt GUI builders' and QML's runtimes, if a hook pulls them in anyway.
    re.compile(r"PySide6[/\\]Qt[/\\]qml[/\\]"),
)


def drop_orphan_libraries(
    kept: list[tuple], dropped: list[tuple], needed: Callable[[str], Iterable[str]]
) -> tuple[list[tuple], list[tuple]]:
    """Also drop the shared libraries that only dropped binaries needed, transitively.

    ``kept``/``dropped`` are PyInstaller TOC entries ``(destination, source, type)``;
    ``needed(source)`` lists the library names a binary links to (DT_NEEDED on Linux). Only
    libraries at the top of the bundle that a dropped binary linked to are considered: those
    are the system libraries PyInstaller copied in because something linked to them. Files
    inside package folders (Qt's own libraries, Python extensions, plugins) may be loaded by
    name, so having no linker reference never removes them.
    """
    kept, dropped = list(kept), list(dropped)
    links = {entry[0]: {Path(name).name for name in needed(entry[1])} for entry in kept if entry[1]}
    candidates = {
        name for entry in dropped if entry[1] for name in map(lambda n: Path(n).name, needed(entry[1]))
    }
    while candidates:
        orphans = []
        for entry in kept:
            name = Path(entry[0]).name
            if name not in candidates or Path(entry[0]).parent != Path("."):
                continue
            users = [dest for dest, names in links.items() if name in names and Path(dest).name != name]
            if not users:
                orphans.append(entry)
        if not orphans:
            break
        orphan_names = {Path(entry[0]).name for entry in orphans}
        kept = [entry for entry in kept if Path(entry[0]).name not in orphan_names]
        dropped += orphans
        candidates = set()
        for entry in orphans:
            links.pop(entry[0], None)
            if entry[1]:
                candidates |= {Path(name).name for name in needed(entry[1])}
    return kept, dropped


def _skipped(path: Path) -> bool:
    return path.name in SKIP_NAMES or path.suffix in SKIP_SUFFIXES or "__pycache__" in path.parts


def app_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for the data folders and the Alembic migrations."""
    datas: list[tuple[str, str]] = []
    for folder in DATA_FOLDERS:
        base = root / folder
        for path in sorted(base.rglob("*")):
            if not path.is_file() or _skipped(path):
                continue
            relative = path.relative_to(root)
            if folder == "resources" and relative.parts[1] in RESOURCE_SKIP_DIRS:
                continue
            datas.append((str(path), str(relative.parent)))
    migrations = root / MIGRATIONS
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and not _skipped(path):
            datas.append((str(path), str(path.relative_to(root).parent)))
    return datas


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package!r} is not installed in the build environment")
    return Path(next(iter(spec.submodule_search_locations)))


def model_file_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The ONNX files that the shipped manifests name inside installed packages.

    A manifest's ``{"package": P, "resource": R}`` resolves (frozen too) to ``<P's dir>/R``;
    in the bundle P's dir is ``sys._MEIPASS/P``, so the file goes to ``P/dirname(R)``.
    Manifests with a relative ``path`` point into ``models/``, which ships whole.
    """
    datas: list[tuple[str, str]] = []
    for manifest in sorted((root / "models").glob("*.json")):
        spec = json.loads(manifest.read_text(encoding="utf-8"))
        file_spec = spec.get("file", {})
        if "package" not in file_spec:
            continue
        source = _package_dir(file_spec["package"]) / file_spec["resource"]
        if not source.is_file():
            raise FileNotFoundError(f"{manifest.name}: {source} is missing in the build environment")
        destination = Path(file_spec["package"]) / Path(file_spec["resource"]).parent
        datas.append((str(source), str(destination)))
    return datas


def package_config_datas() -> list[tuple[str, str]]:
    """Configuration files that third-party packages read from their own folder."""
    datas = []
    for package, names in PACKAGE_CONFIG_FILES.items():
        directory = _package_dir(package)
        for name in names:
            datas.append((str(directory / name), str(Path(package) / Path(name).parent)))
    return datas


def all_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every (source, destination folder) pair the spec adds to the Analysis."""
    return app_datas(root) + model_file_datas(root) + package_config_datas()


def keep_in_bundle(destination: str) -> bool:
    """False for collected files that the app never opens (trimmed after Analysis)."""
    match = _QT_TRANSLATION.search(destination)
    if match and match.group(1) not in QT_LANGUAGES:
        return False
    return not any(pattern.search(destination) for pattern in TRIM_PATTERNS)


APP_ID = "org.moderatorapp.Workstation"


def app_version(root: Path = ROOT) -> str:
    """``moderator_app.__version__``, read from the source (the build may run before install)."""
    text = (root / "moderator_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise ValueError("moderator_app/__init__.py has no __version__")
    return match.group(1)
