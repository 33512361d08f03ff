"""Writing a mapping file the user chose (--mapping-file, the wizard's "Save the mapping…").

mapping_store.save_plan updates a store in place and sets a damaged one aside as .damaged,
right for the default store in the user data folder. A file the user chose is handled here:
the mappings it already holds are kept when it is a mapping file, it is replaced whole when the
user agreed to replace it, and it is written through db.output_files.write_atomically, so it is
whole or untouched and no other file appears beside it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from socialneet_desktop.db.output_files import write_atomically
from socialneet_desktop.db.pending_files import Pending
from socialneet_desktop.importers.access.mapping_store import (
    MappingFileError,
    read_store,
    save_plan,
)
from socialneet_desktop.importers.pipeline import ImportPlan


def is_mapping_file(store: Path) -> bool:
    """True when `store` exists and holds mappings (read_store accepts it)."""
    if not Path(store).exists():
        return False
    try:
        read_store(Path(store))
    except MappingFileError:
        return False
    return True


def write_mapping_file(plan: ImportPlan, source: Path, table: str, store: Path) -> Path:
    """Add or replace the mapping of `source`/`table` in `store`; its other mappings stay when
    it is a mapping file, anything else in its place is replaced. save_plan works on a copy in
    a registered scratch folder, which is then written over `store` atomically."""
    store = Path(store).expanduser()
    scratch = Pending.scratch_folder()
    try:
        copy = scratch.path / "mappings.json"
        if is_mapping_file(store):
            shutil.copyfile(store, copy)
        save_plan(plan, source, table, copy)
        with write_atomically(store) as temporary:
            shutil.copyfile(copy, temporary)
    finally:
        scratch.remove()
    return store
