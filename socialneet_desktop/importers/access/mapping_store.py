"""Saving a table mapping to reuse it: JSON, keyed by the Access file name and table.

The default store is `access_mappings.json` in the user data folder; any other file (for
instance beside the .mdb, to hand over with it) can be given. One file holds many mappings:
{"nwind.mdb / Customers": {"kind": …, "mapping": {…}, "defaults": {…}, "duplicates": …}}.
The default store is read tolerantly (a damaged one counts as empty and is kept aside as
.damaged before a new one is written); a file the user chose says why it cannot be used.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from socialneet_desktop.db.database import belongs_to_open_database
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.access.errors import AccessFileError
from socialneet_desktop.importers.mapping import fields_of, guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan
from socialneet_desktop.services.record_kinds import kind_by_key


class MappingFileError(AccessFileError):
    """A mapping file that cannot be used; `detail` says why, already translated."""

    message = QT_TRANSLATE_NOOP("AccessImport", "%1 is not a usable mapping file: %2")


def guess_access_mapping(kind: str, headers: list[str]) -> dict[str, str]:
    """guess_mapping on the words of CamelCase names ("CompanyName" -> "Company Name")."""
    words = {header: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header) for header in headers}
    mapping = {h: f for h, f in guess_mapping(kind, list(words.values())).items()}
    mapping = {next(h for h, w in words.items() if w == k): f for k, f in mapping.items()}
    # Access column names the spreadsheet synonyms do not hold (RecordKind.access_synonyms)
    extra = dict(kind_by_key(ImportPlan(kind, {}).kind).access_synonyms)
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


def read_store(store: Path) -> dict:
    """Every mapping a file holds; MappingFileError when it cannot be read or is not ours."""
    if belongs_to_open_database(store):  # never read with plain I/O: it would drop our locks
        raise MappingFileError(
            store, translate("AccessImport", "it is the database open in this program.")
        )
    try:
        saved = json.loads(Path(store).read_text(encoding="utf-8"))
    except OSError as error:
        reason = fill(translate("AccessImport", "it cannot be opened (%1)."), error.strerror)
    except json.JSONDecodeError as error:
        reason = translate("AccessImport", "it is not JSON text (line %1, column %2).")
        reason = fill(reason, error.lineno, error.colno)
    except ValueError:
        reason = translate("AccessImport", "it is not JSON text in UTF-8.")
    else:
        if isinstance(saved, dict):
            return saved
        reason = translate("AccessImport", "it does not hold mappings of tables.")
    raise MappingFileError(store, reason)


def _load_all(store: Path) -> dict:
    """The default store, tolerantly: missing or damaged counts as empty."""
    try:
        return read_store(store)
    except MappingFileError:
        return {}


def _saved_or_aside(store: Path) -> dict:
    """The mappings already in `store`; a damaged store is renamed .damaged, never lost."""
    if not store.exists():
        return {}
    try:
        return read_store(store)
    except MappingFileError:
        store.replace(store.with_name(store.name + ".damaged"))
        return {}


def save_plan(plan: ImportPlan, path: Path, table: str, store: Path | None = None) -> Path:
    """Add or replace the mapping of this file name and table; the other ones stay."""
    store = Path(store or default_store())
    saved = _saved_or_aside(store)
    saved[origin_of(path, table)] = {
        "kind": plan.kind,
        "mapping": plan.mapping,
        "defaults": plan.defaults,
        "duplicates": plan.duplicates,
        "values": plan.values,  # {field: {folded text: code}}: the file's words mapped
    }
    store.parent.mkdir(parents=True, exist_ok=True)
    partial = store.with_name(store.name + ".part")
    partial.write_text(json.dumps(saved, ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(store)
    return store


def _well_formed(plan: ImportPlan) -> bool:
    """Texts everywhere, and only fields this kind of record has."""
    texts = [*plan.mapping, *plan.mapping.values(), *plan.defaults, *plan.defaults.values()]
    fields = fields_of(plan.kind)
    named = [*plan.mapping.values(), *plan.defaults, *plan.values]
    return all(isinstance(text, str) for text in texts) and all(n in fields for n in named)


def plan_of(entry: object) -> ImportPlan:
    """The plan of one saved entry; ValueError (translated) when it is not one we wrote."""
    wrong = translate("AccessImport", "its kind, duplicates policy, columns or values are wrong")
    try:
        mapping = {c: f for c, f in dict(entry.get("mapping", {})).items() if f}
        plan = ImportPlan(
            entry["kind"], mapping, dict(entry.get("defaults", {})), entry.get("duplicates", "skip")
        )
        plan.values = {
            str(name): {str(text): str(code) for text, code in dict(pairs).items()}
            for name, pairs in dict(entry.get("values", {})).items()
        }
    except (AttributeError, KeyError, TypeError, ValueError):
        raise ValueError(wrong) from None
    if not _well_formed(plan):
        raise ValueError(wrong)
    return plan


def load_plan(path: Path, table: str, store: Path | None = None) -> ImportPlan | None:
    """The saved plan of this file name and table (None when there is none or it is wrong)."""
    entry = _load_all(Path(store or default_store())).get(origin_of(path, table))
    try:
        return None if entry is None else plan_of(entry)
    except ValueError:
        return None


def load_plan_file(mapping_file: Path, path: Path, table: str) -> ImportPlan:
    """The plan a chosen file holds for this table: under its own key, else the only one of
    a table with that name (the .mdb was renamed); MappingFileError saying why not."""
    saved = read_store(mapping_file)
    key = origin_of(path, table)
    keys = [key] if key in saved else [k for k in saved if k.rpartition(" / ")[2] == table]
    if len(keys) != 1:
        reason = translate("AccessImport", "it holds no mapping for the table '%1' (only: %2).")
        raise MappingFileError(mapping_file, fill(reason, table, ", ".join(saved) or "-"))
    try:
        return plan_of(saved[keys[0]])
    except ValueError as problem:
        reason = translate("AccessImport", "the mapping '%1' cannot be used: %2.")
        raise MappingFileError(mapping_file, fill(reason, keys[0], problem)) from None
