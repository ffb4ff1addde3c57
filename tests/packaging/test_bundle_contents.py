"""The bundle's contents as the spec declares them (fast: no PyInstaller run).

The frozen app finds its data under ``sys._MEIPASS/<folder>`` and the manifests' package
models under ``sys._MEIPASS/<package>/<resource>``; these tests check that the lists the spec
builds from put every such file where the app will look for it.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str):
    # The packaging scripts import each other as plain modules (they run as scripts).
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def contents():
    return _load("bundle_contents")


@pytest.fixture(scope="module")
def destinations(contents) -> dict[str, str]:
    """Bundle path (destination folder / file name) -> source file, for every data entry."""
    placed = {}
    for source, folder in contents.all_datas():
        placed[str(Path(folder) / Path(source).name)] = source
    return placed


def test_every_data_source_exists(contents):
    missing = [source for source, _ in contents.all_datas() if not Path(source).is_file()]
    assert missing == []


def test_the_data_folders_ship_at_the_bundle_root(destinations):
    for required in (
        "resources/policy/default_policy.json",
        "resources/styles/app.qss",
        "resources/desktop/icons/hicolor/64x64/apps/org.moderatorapp.Workstation.png",
        "ui/README.md",
    ):
        assert required in destinations, required
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert f"resources/i18n/{qm.name}" in destinations
    for manifest in (ROOT / "models").glob("*"):
        assert f"models/{manifest.name}" in destinations


def test_translation_sources_and_screenshots_stay_out(destinations):
    assert not [path for path in destinations if path.endswith(".ts")]
    assert not [path for path in destinations if path.startswith("resources/screenshots/")]


def test_every_model_a_manifest_names_is_placed_where_the_frozen_app_resolves_it(destinations):
    manifests = sorted((ROOT / "models").glob("*.json"))
    assert manifests, "no model manifests in models/"
    for manifest in manifests:
        file_spec = json.loads(manifest.read_text(encoding="utf-8"))["file"]
        if "package" in file_spec:
            expected = str(Path(file_spec["package"]) / file_spec["resource"])
        else:
            expected = str(Path("models") / file_spec["path"])
        assert expected in destinations, f"{manifest.name}: {expected} not in the bundle"
        assert destinations[expected].endswith(".onnx")


def test_the_shipped_models_are_nudenet_and_rapidocr(destinations):
    assert "nudenet/320n.onnx" in destinations
    assert [path for path in destinations if path.startswith("rapidocr/models/") and path.endswith(".onnx")]
    assert "rapidocr/config.yaml" in destinations
    assert "rapidocr/default_models.yaml" in destinations


def test_alembic_migrations_ship_as_files_next_to_migrate_py(destinations):
    migrations = ROOT / "moderator_app" / "server" / "migrations"
    for path in migrations.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            relative = str(path.relative_to(ROOT))
            assert relative in destinations, relative


def _lazy_imports(path: Path) -> set[str]:
    """Modules imported inside functions (what PyInstaller's analysis may not follow)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
    return found


def test_the_cli_subcommands_are_bundled(contents):
    """cli.py imports each subcommand lazily; the spec must collect every one of them."""
    spec_text = (PACKAGING / "moderator-app.spec").read_text(encoding="utf-8")
    collects_the_package = 'collect_submodules("moderator_app")' in spec_text
    for module in _lazy_imports(ROOT / "moderator_app" / "cli.py"):
        covered = module in contents.HIDDEN_IMPORTS or (
            collects_the_package and module.startswith("moderator_app")
        )
        assert covered, f"{module} is imported lazily by cli.py but not bundled"


def test_hidden_imports_name_real_modules(contents):
    missing = [name for name in contents.HIDDEN_IMPORTS if importlib.util.find_spec(name) is None]
    assert missing == []


def test_the_app_never_imports_an_excluded_package(contents):
    """An excluded package imported by the app would crash the frozen app only."""
    excluded = {name.split(".")[0] for name in contents.EXCLUDES if "." not in name}
    excluded |= set(contents.QT_EXCLUDES)
    offenders = []
    for path in (ROOT / "moderator_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                if name.split(".")[0] in excluded or name in excluded:
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


_IMPORT_BLOCKED = """
import importlib, importlib.abc, json, sys
blocked = set(json.loads(sys.argv[1]))
class Excluded(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} (excluded from the bundle)", name=name)
        return None
sys.meta_path.insert(0, Excluded())
needs = []
for module in json.loads(sys.argv[2]):
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in blocked:
            needs.append(f"{module} needs {exc.name}")
print(json.dumps(needs))
"""


def _third_party_imports() -> list[str]:
    """The modules of other packages that moderator_app imports (at any depth of its code)."""
    found = set()
    for path in (ROOT / "moderator_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return sorted(
        name
        for name in found
        if name.split(".")[0] not in sys.stdlib_module_names and name.split(".")[0] != "moderator_app"
    )


def test_the_packages_the_app_imports_need_no_excluded_package(contents):
    """A package the app imports may import an excluded one itself (datasketch's LSH imports SciPy):
    only the frozen app would crash. Each is imported here with the excluded packages blocked."""
    excluded = sorted({name for name in contents.EXCLUDES if "." not in name})
    answer = subprocess.run(
        [sys.executable, "-c", _IMPORT_BLOCKED, json.dumps(excluded), json.dumps(_third_party_imports())],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", **os.environ},
    )
    assert answer.returncode == 0, answer.stderr[-3000:]
    assert json.loads(answer.stdout.strip().splitlines()[-1]) == []


def test_spec_feeds_the_analysis_from_these_lists():
    tree = ast.parse((PACKAGING / "moderator-app.spec").read_text(encoding="utf-8"))
    analysis = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Analysis"
    )
    keywords = {kw.arg: ast.unparse(kw.value) for kw in analysis.keywords}
    assert keywords["datas"] == "contents.all_datas()"
    assert "contents.EXCLUDES" in keywords["excludes"] and "contents.QT_EXCLUDES" in keywords["excludes"]
    assert keywords["hiddenimports"] == "hidden"


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("resources/i18n/moderator_app_fr.qm", True),
        ("cv2/data/haarcascade_frontalface_default.xml", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ],
)
def test_trims_keep_what_the_app_needs(contents, destination, kept):
    assert contents.keep_in_bundle(destination) is kept


def test_tarball_carries_the_desktop_integration():
    tarball = _load("linux_tarball")
    shared = {relative for _, relative in tarball.desktop_files()}
    app_id = tarball.APP_ID
    assert f"applications/{app_id}.desktop" in shared
    assert f"metainfo/{app_id}.metainfo.xml" in shared
    assert f"icons/hicolor/scalable/apps/{app_id}.svg" in shared
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"icons/hicolor/{size}x{size}/apps/{app_id}.png" in shared
    desktop = (ROOT / "resources" / "desktop" / f"{app_id}.desktop").read_text(encoding="utf-8")
    assert f"Icon={app_id}\n" in desktop and "Exec=moderator-app\n" in desktop


def test_libraries_only_a_trimmed_plugin_needed_go_with_it(contents):
    links = {
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libcairo.so.2", "libQt6Gui.so.6"],
        "/src/libgtk-3.so.0": ["libpango.so.0", "libglib.so.0"],
        "/src/libcairo.so.2": ["libpixman.so.0"],
        "/src/libQt6Gui.so.6": ["libglib.so.0"],
        "/src/cv2.so": ["libpixman.so.0"],
    }
    kept = [
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libpango.so.0", "/src/libpango.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman.so.0", "/src/libpixman.so.0", "BINARY"),
        ("libglib.so.0", "/src/libglib.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("cv2/cv2.so", "/src/cv2.so", "EXTENSION"),
        ("lonely_plugin.so", "/src/lonely_plugin.so", "BINARY"),
    ]
    dropped = [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY")]
    kept, dropped = contents.drop_orphan_libraries(kept, dropped, lambda source: links.get(source, []))
    assert {entry[0] for entry in dropped} == {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libgtk-3.so.0",
        "libpango.so.0",
        "libcairo.so.2",
    }
    # Still linked by kept binaries, or never linked by a dropped one: stays.
    assert {"libpixman.so.0", "libglib.so.0", "PySide6/Qt/lib/libQt6Gui.so.6", "lonely_plugin.so"} <= {
        entry[0] for entry in kept
    }


def test_the_screening_data_files_of_third_party_packages_ship(destinations):
    """The confusables table and the FR/ES/EN word lists are read from their packages' folders."""
    for expected in (
        "confusable_homoglyphs/confusables.json",
        "confusable_homoglyphs/categories.json",
        "spellchecker/resources/fr.json.gz",
        "spellchecker/resources/es.json.gz",
        "spellchecker/resources/en.json.gz",
    ):
        assert expected in destinations, expected
