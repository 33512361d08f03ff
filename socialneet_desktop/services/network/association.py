"""Which organisation record is the association itself (the map highlights it): the one with
the tax code of the association's details, else the one with its name (case and spaces
ignored); none when the association is not among the organisations."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models


def association_organization_id(session: Session) -> int | None:
    settings = session.get(models.AppSettings, 1)
    if settings is None:
        return None
    org = models.Organization
    live = org.deleted_at.is_(None)
    tax_code = (settings.association_tax_code or "").strip().upper()
    if tax_code:
        found = session.scalar(
            select(org.id).where(live, func.upper(org.tax_code) == tax_code).order_by(org.id)
        )
        if found is not None:
            return found
    name = " ".join((settings.association_name or "").split()).casefold()
    if not name:
        return None
    rows = session.execute(select(org.id, org.name).where(live).order_by(org.id))
    return next((row.id for row in rows if " ".join(row.name.split()).casefold() == name), None)
