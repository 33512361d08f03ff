"""What the kinds that belong to one organisation share (issue 22: a questionnaire's answer,
the organisations it names, an agreement's parties): the join to the organisation, its name as
the column "organization_name", and the recycle bin's labeller naming it."""

from __future__ import annotations

from typing import Any

from socialneet_desktop.domain.columns import Join, JoinedName

JOIN = Join("organization", "socialneet_desktop.db.models:Organization", "organization_id")
NAME = JoinedName("organization_name", "organization", ("name",))
LOADS = ("organization",)  # what the labeller reads (RecordKind.label_loads)


def organization_name(record: Any) -> str:
    return record.organization.name if record.organization else ""


def by_organization(template: str):
    """The labeller: `template` (for translate("Records", …)) with the organisation as %1."""

    def label(record: Any) -> tuple[str, tuple[str, ...]]:
        return template, (organization_name(record),)

    return label
