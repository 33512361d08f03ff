"""The fields of records that point to others: staff, Meeting Point visits (to their person),
the people of a stakeholder and stakeholder meetings (to their organisation)."""

from __future__ import annotations

from dataclasses import replace

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.importers.common_fields import (
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    NOTES,
    ORGANIZATION_REF,
    PHONE,
    PROVINCE,
    STAFF_REF,
    ImportField,
    field,
)

LINKED_FIELDS: dict[str, tuple[ImportField, ...]] = {
    "visits": (
        field(
            "contact_ref",
            QT_TRANSLATE_NOOP("Import", "Person (Access id or codice fiscale)"),
            "reference",
            "contatto|id contatto|idcontatto|contatto id|id persona|persona|utente|id utente|"
            "neet|id neet|codice fiscale|cf|contact|contact id|person|person id",
            True,
        ),
        field(
            "visit_date",
            QT_TRANSLATE_NOOP("Import", "Date of the visit"),
            "date",
            "data|data visita|data colloquio|data incontro|giorno|visit date|date",
            True,
        ),
        field(
            "start_time",
            QT_TRANSLATE_NOOP("Import", "Start time"),
            "time",
            "ora|ora inizio|inizio|dalle|orario|start|start time|time",
        ),
        field(
            "end_time",
            QT_TRANSLATE_NOOP("Import", "End time"),
            "time",
            "ora fine|fine|alle|end|end time",
        ),
        field(
            "visit_type",
            QT_TRANSLATE_NOOP("Import", "Type of visit"),
            "choice",
            "tipo|tipo visita|tipo colloquio|tipologia|type|visit type",
            True,
        ),
        STAFF_REF,
        field(
            "summary",
            QT_TRANSLATE_NOOP("Import", "Summary of the visit"),
            "text",
            "sintesi|resoconto|descrizione|argomenti|contenuto|note|summary|description|notes",
        ),
        field("outcome", QT_TRANSLATE_NOOP("Import", "Outcome"), "text", "esito|risultato|outcome"),
        field(
            "next_appointment",
            QT_TRANSLATE_NOOP("Import", "Next appointment"),
            "datetime",
            "prossimo appuntamento|appuntamento|richiamo|next appointment",
        ),
        field(
            "attendance_signed",
            QT_TRANSLATE_NOOP("Import", "Attendance signed"),
            "bool",
            "firma|firmato|firma presenza|presenza firmata|registro firmato|signed|"
            "attendance signed",
        ),
    ),
    "staff": (
        LAST_NAME,
        FIRST_NAME,
        field(
            "role", QT_TRANSLATE_NOOP("Import", "Role"), "choice", "ruolo|mansione|qualifica|role"
        ),
        PHONE,
        EMAIL,
        field(
            "active",
            QT_TRANSLATE_NOOP("Import", "Active"),
            "bool",
            "attivo|attiva|in servizio|active",
        ),
        NOTES,
    ),
    "contact_people": (
        LAST_NAME,
        replace(FIRST_NAME, required=False),
        replace(ORGANIZATION_REF, required=True),
        field(
            "role",
            QT_TRANSLATE_NOOP("Import", "Role"),
            "text",
            "ruolo|qualifica|funzione|carica|role|job title",
        ),
        PHONE,
        EMAIL,
        NOTES,
    ),
    "meetings": (
        field(
            "meeting_date",
            QT_TRANSLATE_NOOP("Import", "Date of the meeting"),
            "date",
            "data|data incontro|data riunione|giorno|meeting date|date",
            True,
        ),
        field(
            "meeting_type",
            QT_TRANSLATE_NOOP("Import", "Type of meeting"),
            "choice",
            "tipo|tipo incontro|tipologia|meeting type|type",
            True,
        ),
        ORGANIZATION_REF,
        field(
            "topic",
            QT_TRANSLATE_NOOP("Import", "Topic"),
            "text",
            "argomento|oggetto|tema|topic|subject",
        ),
        field(
            "location",
            QT_TRANSLATE_NOOP("Import", "Place of the meeting"),
            "text",
            "luogo|location|place",
        ),
        field(
            "municipality_code",
            QT_TRANSLATE_NOOP("Import", "Municipality"),
            "place",
            "comune|citta|municipality|city|town",
        ),
        PROVINCE,
        field(
            "activity_code",
            QT_TRANSLATE_NOOP("Import", "Activity code"),
            "text",
            "codice attivita|attivita|wp|activity|activity code",
        ),
        field("outcome", QT_TRANSLATE_NOOP("Import", "Outcome"), "text", "esito|risultati|outcome"),
        field(
            "follow_up",
            QT_TRANSLATE_NOOP("Import", "Follow-up"),
            "text",
            "seguito|azioni successive|follow up",
        ),
        field(
            "follow_up_date",
            QT_TRANSLATE_NOOP("Import", "Follow-up date"),
            "date",
            "data seguito|data richiamo|follow up date",
        ),
        STAFF_REF,
        field(
            "participants_count",
            QT_TRANSLATE_NOOP("Import", "Number of participants"),
            "integer",
            "partecipanti|numero partecipanti|n partecipanti|participants",
        ),
        NOTES,
    ),
}
