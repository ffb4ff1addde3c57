"""The Linux tarball's layout, made from a stand-in bundle (fast)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@pytest.fixture(scope="module")
def linux_tarball():
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the script imports bundle_contents as a sibling
    spec = importlib.util.spec_from_file_location("linux_tarball", PACKAGING / "linux_tarball.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def stand_in_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "moderator-app"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / "moderator-app"
    executable.write_text("#!/bin/sh\necho moderator-app 9.9.9\n")
    executable.chmod(0o755)
    (bundle / "_internal" / "data.txt").write_text("data")
    return bundle


def test_layout_follows_a_unix_prefix(linux_tarball, stand_in_bundle, tmp_path):
    output = tmp_path / "out.tar.gz"
    linux_tarball.build_tarball(stand_in_bundle, output, "9.9.9")
    app_id = linux_tarball.APP_ID
    with tarfile.open(output) as tar:
        members = {member.name: member for member in tar.getmembers()}
    top = "moderator-app-9.9.9"
    assert members[f"{top}/bin/moderator-app"].issym()
    assert members[f"{top}/bin/moderator-app"].linkname == "../lib/moderator-app/moderator-app"
    assert members[f"{top}/lib/moderator-app/moderator-app"].mode & 0o111
    assert f"{top}/lib/moderator-app/_internal/data.txt" in members
    assert f"{top}/share/applications/{app_id}.desktop" in members
    assert f"{top}/share/metainfo/{app_id}.metainfo.xml" in members
    assert f"{top}/share/icons/hicolor/48x48/apps/{app_id}.png" in members
    assert members[f"{top}/install.sh"].mode == 0o755
    assert all(member.uid == 0 and member.gid == 0 for member in members.values())


def test_install_script_puts_the_app_on_the_prefix_path(linux_tarball, stand_in_bundle, tmp_path):
    output = tmp_path / "out.tar.gz"
    linux_tarball.build_tarball(stand_in_bundle, output, "9.9.9")
    unpacked = tmp_path / "unpacked"
    with tarfile.open(output) as tar:
        tar.extractall(unpacked, filter="tar")
    prefix = tmp_path / "prefix"
    subprocess.run(
        ["sh", str(unpacked / "moderator-app-9.9.9" / "install.sh"), str(prefix)],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [str(prefix / "bin" / "moderator-app")], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "moderator-app 9.9.9"
    assert (prefix / "share" / "applications" / f"{linux_tarball.APP_ID}.desktop").is_file()


def test_a_missing_bundle_is_a_clear_error(linux_tarball, tmp_path):
    with pytest.raises(SystemExit, match="build the bundle first"):
        linux_tarball.build_tarball(tmp_path / "nothing", tmp_path / "out.tar.gz", "9.9.9")
