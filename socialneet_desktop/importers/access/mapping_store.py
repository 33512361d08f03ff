"""Saving a table mapping to reuse it: JSON, keyed by the Access file name and table.

The default store is `access_mappings.json` in the user data folder; any other file (for
instance beside the .mdb, to hand over with it) can be given. One file holds many mappings:
{"nwind.mdb / Customers": {"kind": …, "mapping": {…}, "defaults": {…}}}.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan

ACCESS_SYNONYMS = {  # Access column names the spreadsheet synonyms do not hold
    "organizations": {"company name": "name", "company": "name", "homepage": "website"},
    "contacts": {"home phone": "phone"},
    "resources": {},
}


def guess_access_mapping(kind: str, headers: list[str]) -> dict[str, str]:
    """guess_mapping on the words of CamelCase names ("CompanyName" -> "Company Name")."""
    words = {header: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header) for header in headers}
    mapping = {h: f for h, f in guess_mapping(kind, list(words.values())).items()}
    mapping = {next(h for h, w in words.items() if w == k): f for k, f in mapping.items()}
    extra = ACCESS_SYNONYMS.get(ImportPlan(kind, {}).kind, {})
    for header, spaced in words.items():
        name = extra.get(spaced.lower())
        if name and header not in mapping and name not in mapping.values():
            mapping[header] = name
    return mapping


def origin_of(path: Path, table: str) -> str:
    """What records keep as origin_source: the file name (not the folder) and the table."""
    return f"{Path(path).name} / {table}"[:300]


def default_store() -> Path:
    from socialneet_desktop.paths import user_data_folder

    return user_data_folder() / "access_mappings.json"


def _load_all(store: Path) -> dict:
    try:
        return json.loads(Path(store).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_plan(plan: ImportPlan, path: Path, table: str, store: Path | None = None) -> Path:
    store = Path(store or default_store())
    saved = _load_all(store)
    saved[origin_of(path, table)] = {
        "kind": plan.kind,
        "mapping": plan.mapping,
        "defaults": plan.defaults,
        "duplicates": plan.duplicates,
    }
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text(json.dumps(saved, ensure_ascii=False, indent=2), encoding="utf-8")
    return store


def load_plan(path: Path, table: str, store: Path | None = None) -> ImportPlan | None:
    """The saved plan of this file name and table (None when there is none)."""
    entry = _load_all(Path(store or default_store())).get(origin_of(path, table))
    if not entry:
        return None
    return ImportPlan(
        entry["kind"],
        dict(entry.get("mapping", {})),
        dict(entry.get("defaults", {})),
        entry.get("duplicates", "skip"),
    )
