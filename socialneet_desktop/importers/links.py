"""The records an imported row points to (its person, staff member or organisation), found
among the stored ones.

Access keeps links as numbers: a visit row says "contact 17", meaning the row with key 17
of the contacts table of the same file. Records imported from that file keep it as their
origin ("file.mdb / Contatti", "17"), so the link is found again here. A spreadsheet cannot
give such numbers, so a codice fiscale is accepted for a person, a tax code, VAT number or
exact name for an organisation, and a name for a staff member.

A missing person (of a visit) or organisation (of a contact person) rejects the row: the
record belongs to it. A missing staff member, or the organisation of a meeting, is a warning
and the record is imported without that link.

A meeting names its project activity in activity_code (kept beside activity_id, the editor's
picker, for one wave): the code, or the Access number of an activity of the same file, must
be a project activity's; it fills activity_id and the row is rejected when no activity has it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy.orm import Session

from socialneet_desktop.domain.codice_fiscale import normalize_codice_fiscale
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.importers.conversion import Issue
from socialneet_desktop.importers.mapping import fields_of, reference_targets
from socialneet_desktop.services.course_sessions import course_titles
from socialneet_desktop.services.duplicates import (
    name_key,
    organization_codes,
    organization_key,
    person_keys,
)
from socialneet_desktop.services.import_lookups import (
    keys_from_sources,
    organization_identities,
    person_names,
    tax_codes,
)
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.project_activities import activity_codes
from socialneet_desktop.services.record_kinds import all_kinds

NOT_FOUND = {
    "contact_ref": QT_TRANSLATE_NOOP(
        "Import",
        "No contact has the codice fiscale or the Access number '%1': import the people "
        "first, then their visits.",
    ),
    "staff_ref": QT_TRANSLATE_NOOP(
        "Import", "No staff member '%1' (by name or key): the record is imported without one."
    ),
    "organization_ref": QT_TRANSLATE_NOOP(
        "Import",
        "No organisation has the Access number, tax code or name '%1': import the "
        "stakeholders first.",
    ),
    "course_ref": QT_TRANSLATE_NOOP(
        "Import",
        "No training course has the title or the Access number '%1': import the courses first.",
    ),
    "activity_ref": QT_TRANSLATE_NOOP(
        "Import",
        "No project activity has the code or the Access number '%1': import the activities first.",
    ),
}
ACTIVITY_CODE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Import",
    "Activity code: no project activity has the code '%1'; add it to the project's "
    "activities (or import them) first.",
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "'%1' is ambiguous: two tables of this file imported as the same kind have that key."
)


def referenced_kind(field_name: str) -> RecordKind:
    """The kind whose records the pseudo-field `field_name` ("staff_ref") names."""
    return next(
        kind for kind in all_kinds() if kind.reference and kind.reference.name == field_name
    )


class Links:
    """Resolves the reference fields of one kind's rows (nothing to do for most kinds); each
    referenced kind says how its records are looked up (RecordKind.found_by)."""

    def __init__(self, session: Session, kind: str, origin_source: str) -> None:
        fields = fields_of(kind)
        self.targets = reference_targets(kind)
        self.references = [name for name in self.targets if name in fields]
        self.required = {name for name in self.references if fields[name].required}
        self.file_prefix = origin_source.rsplit(" / ", 1)[0] + " / " if origin_source else ""
        self.finders: dict[str, Callable[[str], list[int]]] = {
            name: self._finder(session, referenced_kind(name)) for name in self.references
        }
        self.activities: dict[int, str] | None = None  # id -> code, for activity_code
        if "activity_code" in fields:
            self.activities = dict(activity_codes(session))
            self.finders["activity_code"] = self._finder(session, referenced_kind("activity_ref"))

    def resolve(self, values: dict[str, Any]) -> list[Issue]:
        """Replace each reference in `values` by the id it names; the problems."""
        issues = []
        for name in self.references:
            reference = values.pop(name, "") or ""
            if not reference:
                continue
            target = self.targets[name]
            found = self.finders[name](reference)
            values[target] = found[0] if len(found) == 1 else None
            if len(found) != 1:
                message = AMBIGUOUS if found else NOT_FOUND[name]
                severity = "error" if name in self.required else "warning"
                issues.append(Issue(target, message, (reference,), severity))
        if self.activities is not None:
            issues += self._activity(values)
        return issues

    def _activity(self, values: dict[str, Any]) -> list[Issue]:
        """activity_code -> activity_id, the code written as the activity has it."""
        code = (values.get("activity_code") or "").strip()
        if not code:
            return []
        found = self.finders["activity_code"](code)
        if len(found) != 1:
            message = AMBIGUOUS if found else ACTIVITY_CODE_NOT_FOUND
            return [Issue("activity_code", message, (code,), "error")]
        values["activity_id"] = found[0]
        values["activity_code"] = self.activities.get(found[0], code)
        return []

    def _finder(self, session: Session, kind: RecordKind) -> Callable[[str], list[int]]:
        """The ids a reference names: those of the first of the kind's lookups that finds
        any."""
        lookups = [getattr(self, f"_by_{way}")(session, kind.model) for way in kind.found_by]

        def find(reference: str) -> list[int]:
            for lookup in lookups:
                if found := lookup(reference):
                    return sorted(found)
            return []

        return find

    def _by_origin(self, session: Session, model) -> Callable[[str], Collection[int]]:
        """By the Access key of the records imported from tables of the same file."""
        found: dict[str, list[int]] = defaultdict(list)
        if self.file_prefix:
            for key, record_id in keys_from_sources(session, model, self.file_prefix):
                found[key].append(record_id)
        return lambda reference: found.get(_key(reference), ())

    @staticmethod
    def _by_tax_code(session: Session, model) -> Callable[[str], Collection[int]]:
        """By codice fiscale (of a person)."""
        by_code = {
            normalize_codice_fiscale(code): record_id
            for code, record_id in tax_codes(session, model)
        }

        def find(reference: str) -> Collection[int]:
            code = by_code.get(normalize_codice_fiscale(reference))
            return [code] if code is not None else ()

        return find

    @staticmethod
    def _by_person_name(session: Session, model) -> Callable[[str], Collection[int]]:
        """By "last first" or "first last" name; the oldest record of that name."""
        by_name: dict[str, int] = {}
        for first, last, record_id in person_names(session, model):
            for key in person_keys(last, first):
                by_name.setdefault(key, record_id)

        def find(reference: str) -> Collection[int]:
            named = by_name.get(name_key(reference))
            return [named] if named is not None else ()

        return find

    @staticmethod
    def _by_organization_codes(session: Session, model) -> Callable[[str], Collection[int]]:
        """By tax code or VAT number (of an organisation)."""
        by_code: dict[str, set[int]] = defaultdict(set)
        for record_id, _name, tax_code, vat_number in organization_identities(session, model):
            for code in organization_codes(tax_code, vat_number):
                by_code[code].add(record_id)

        def find(reference: str) -> Collection[int]:
            for code in organization_codes(reference, ""):
                if found := by_code.get(code):
                    return found
            return ()

        return find

    @staticmethod
    def _by_organization_name(session: Session, model) -> Callable[[str], Collection[int]]:
        """By the exact name of an organisation (case, accents and punctuation ignored)."""
        by_name: dict[str, set[int]] = defaultdict(set)
        for record_id, name, _tax_code, _vat in organization_identities(session, model):
            by_name[organization_key(name)].add(record_id)
        return lambda reference: by_name.get(organization_key(reference), ())

    @staticmethod
    def _by_course_title(session: Session, model) -> Callable[[str], Collection[int]]:
        """By the exact title of a training course (case and accents ignored)."""
        by_title: dict[str, set[int]] = defaultdict(set)
        for record_id, title in course_titles(session):
            by_title[name_key(title)].add(record_id)
        return lambda reference: by_title.get(name_key(reference), ())

    @staticmethod
    def _by_activity_code(session: Session, model) -> Callable[[str], Collection[int]]:
        """By the code of a project activity ("2.3.8"), spaces around it ignored."""
        by_code: dict[str, set[int]] = defaultdict(set)
        for record_id, code in activity_codes(session):
            by_code[code.strip()].add(record_id)
        return lambda reference: by_code.get(_key(reference), ())


def _key(reference: str) -> str:
    """Access numbers come as "17" or, from some readers, "17.0"."""
    text = reference.strip()
    return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text
