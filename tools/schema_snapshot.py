"""Write socialneet_desktop/db/schema_snapshot.py: the schema each revision's migrations give.

    python tools/schema_snapshot.py

Run it after adding or changing a migration (tests/unit/test_schema_check.py says when). The
schema check works without it, only slower: it then migrates an in-memory database instead.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from socialneet_desktop.db.schema_check import snapshot_source

TARGET = Path(__file__).resolve().parent.parent / "socialneet_desktop" / "db" / "schema_snapshot.py"


def main() -> None:
    TARGET.write_text(snapshot_source(), encoding="utf-8")
    ruff = shutil.which("ruff")
    if ruff:
        subprocess.run([ruff, "format", "--quiet", str(TARGET)], check=True)
    print(f"written {TARGET}")


if __name__ == "__main__":
    main()
