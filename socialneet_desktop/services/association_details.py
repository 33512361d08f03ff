"""Whether the association's details that documents print as the data controller are there.

The consent form says "The data controller is NAME, ADDRESS": with them empty it printed
"Il titolare del trattamento è , ." (issue 16). The window asks for them at the first start
and before printing; the writer itself refuses, for the command line and any other caller.
"""

from __future__ import annotations

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate

REQUIRED = (
    ("name", QT_TRANSLATE_NOOP("AssociationDetails", "the association's name")),
    ("address", QT_TRANSLATE_NOOP("AssociationDetails", "the association's address")),
)


class MissingDetails(LookupError):
    """The association's name or address is empty; str() says which, translated."""


def missing(letterhead) -> list[str]:
    """The translated names of the required details `letterhead` lacks (empty: all there)."""
    return [
        translate("AssociationDetails", label)
        for attribute, label in REQUIRED
        if not str(getattr(letterhead, attribute, "") or "").strip()
    ]


def require_controller(letterhead) -> None:
    """Raises MissingDetails when a document naming the data controller cannot be printed."""
    lacking = missing(letterhead)
    if lacking:
        text = translate(
            "AssociationDetails",
            "The document names the data controller, but %1 is empty: fill it in "
            "Edit > Association details first.",
        )
        raise MissingDetails(fill(text, ", ".join(lacking)))
