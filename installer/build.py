"""Build the Windows bundle and its installer in one go.

    python installer/build.py                 # dist/SocialNEET/ and dist/SocialNEET-<v>-setup.exe
    python installer/build.py --no-installer  # only the PyInstaller bundle

Steps: PyInstaller with installer/socialneet.spec, the frozen program's --self-test (offscreen),
then makensis with the version of pyproject.toml. Runs on Windows and, to check the scripts,
on Linux (where the bundle is a Linux program and the installer still a Windows .exe).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "socialneet.spec"
NSIS_SCRIPT = ROOT / "installer" / "socialneet.nsi"
NSIS_FOLDERS = [Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")) / "NSIS"]


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE).group(1)


def executable(bundle: Path) -> Path:
    return bundle / ("SocialNEET.exe" if sys.platform == "win32" else "SocialNEET")


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the one-folder bundle."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    _run(command)
    return dist / "SocialNEET"


def self_test(bundle: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(executable(bundle)), "--self-test"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    print(result.stdout, result.stderr, sep="", end="")
    if result.returncode != 0:
        sys.exit(f"The frozen self-test failed (exit code {result.returncode}).")


def find_makensis() -> str:
    found = shutil.which("makensis")
    candidates = [found] if found else []
    candidates += [str(folder / "makensis.exe") for folder in NSIS_FOLDERS]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    sys.exit("makensis not found: install NSIS (Windows: choco install nsis; Debian: nsis).")


def build_installer(bundle: Path, output: Path, version: str) -> Path:
    """Compile installer/socialneet.nsi with the version and the bundle's folder."""
    output.parent.mkdir(parents=True, exist_ok=True)
    defines = {"VERSION": version, "BUNDLE_DIR": bundle, "OUTFILE": output.resolve()}
    command = [find_makensis(), "-V2", *(f"-D{k}={v}" for k, v in defines.items())]
    _run([*command, str(NSIS_SCRIPT)])
    return output


def _run(command: list[str]) -> None:
    started = time.monotonic()
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    print(f"  ({time.monotonic() - started:.0f} s)", flush=True)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--version", default=None, help="default: pyproject.toml's version")
    parser.add_argument("--no-self-test", action="store_true", help="skip the frozen self-test")
    parser.add_argument("--no-installer", action="store_true", help="skip makensis")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    version = arguments.version or project_version()
    dist = arguments.dist.resolve()
    bundle = build_bundle(dist, arguments.work.resolve())
    if not arguments.no_self_test:
        self_test(bundle)
    if not arguments.no_installer:
        installer = build_installer(bundle, dist / f"SocialNEET-{version}-setup.exe", version)
        print(f"Installer: {installer}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
