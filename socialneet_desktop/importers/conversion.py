"""From the text of a cell to the value of a field: Italian dates and numbers, Sì/No/X,
labels of the vocabularies (English or Italian) to codes, municipality names to Belfiore codes.

A value that cannot be converted gives an `Issue` naming the field and the text; the row is
then rejected by the pipeline, never imported with a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from socialneet_desktop.domain.municipalities import MunicipalityIndex, fold
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem, parse_italian_date
from socialneet_desktop.i18n import in_italian
from socialneet_desktop.importers.mapping import PLACE_PROVINCE, ImportField, fields_of
from socialneet_desktop.services.record_rules import CHOICES

TRUE_WORDS = frozenset({"si", "s", "x", "yes", "y", "1", "true", "vero", "v", "ok"})
FALSE_WORDS = frozenset({"no", "n", "0", "", "false", "falso", "f"})
EXTRA_LABELS = {  # folded text -> code, for words the labels do not hold
    "gender": {
        "m": "male",
        "maschio": "male",
        "uomo": "male",
        "f": "female",
        "femmina": "female",
        "donna": "female",
        "altro": "other",
    },
}
EXCEL_EPOCH = date(1899, 12, 30)
_NUMBER_CHARS = re.compile(r"[\s€%]")
_TIME = re.compile(r"(?:^|\s)(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?$")
_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_LOST_ACCENT = re.compile(r"[^\W\d_]\?(?=\W|$)")  # "GES?" for "GESÙ" after a lossy export
_PARTS = re.compile(r"\s*[./]+\s*")  # "BOLZANO .BOZEN." and "Bolzano/Bozen"
TEXT_CHECKED_FOR_LOST_ACCENTS = frozenset(
    {"name", "title", "last_name", "first_name", "owner_name", "address", "guardian_name"}
)


@dataclass(frozen=True)
class Issue(Problem):
    """A Problem whose message lives in translation context `context`."""

    context: str = "Import"

    def text(self, translate) -> str:
        return self.render(lambda _context, source: translate(self.context, source))


def issue_from(problem: Problem) -> Issue:
    if isinstance(problem, Issue):
        return problem
    return Issue(problem.field, problem.message, problem.args, problem.severity, "Validation")


class Converter:
    """Converts the texts of one row of a record kind; keeps nothing between rows."""

    def __init__(self, kind: str, municipalities: MunicipalityIndex) -> None:
        self.kind = kind
        self.fields = fields_of(kind)
        self.municipalities = municipalities

    def convert_row(self, texts: dict[str, str]) -> tuple[dict[str, Any], list[Issue]]:
        values: dict[str, Any] = {}
        issues: list[Issue] = []
        for name, text in texts.items():
            field = self.fields[name]
            if field.type == "province":
                continue
            try:
                values[name] = self.convert(field, text, texts)
            except ConversionError as error:
                issues.append(Issue(name, error.message, (text, *error.args[1:])))
            if name in TEXT_CHECKED_FOR_LOST_ACCENTS and _LOST_ACCENT.search(text):
                issues.append(Issue(name, LOST_ACCENT, (text,), "warning"))
        return values, issues

    def convert(self, field: ImportField, text: str, texts: dict[str, str]) -> Any:
        text = strip_apostrophe(text.strip(), code=field.type == "code")
        converter = getattr(self, f"_{field.type}")
        return converter(field, text, texts)

    def _text(self, _field, text, _texts):
        return " ".join(text.split()) if "\n" not in text else text

    def _code(self, _field, text, _texts):
        return text.replace(" ", "").upper() if _field.name in ("tax_code",) else text

    def _date(self, _field, text, _texts):
        return to_date(text)

    def _datetime(self, _field, text, _texts):
        return to_datetime(text)

    def _time(self, _field, text, _texts):
        return to_time(text)

    def _reference(self, _field, text, _texts):
        """The id or code of another record, kept as text: importers/links.py finds it."""
        return text

    def _number(self, _field, text, _texts):
        return to_number(text)

    def _integer(self, _field, text, _texts):
        number = to_number(text)
        if number is not None and not float(number).is_integer():
            raise ConversionError(NOT_WHOLE)
        return None if number is None else int(number)

    def _bool(self, _field, text, _texts):
        return to_bool(text)

    def _choice(self, field, text, _texts):
        return to_code(self.kind, field.name, text)

    def _choices(self, field, text, _texts):
        parts = [part for part in re.split(r"[,;/|]", text) if part.strip()]
        return ",".join(to_code(self.kind, field.name, part) for part in parts)

    def _place(self, field, text, texts):
        province = strip_apostrophe(texts.get(PLACE_PROVINCE[field.name], "")).strip()
        return to_municipality(self.municipalities, text, province)


class ConversionError(ValueError):
    def __init__(self, message: str, *args: str) -> None:
        super().__init__(message, *args)
        self.message = message


NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "'%1' is not a date (write gg/mm/aaaa).")
NOT_A_TIME = QT_TRANSLATE_NOOP("Import", "'%1' is not a time of day (write hh:mm).")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "'%1' is not a number.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Import", "'%1' is not a whole number.")
NOT_YES_NO = QT_TRANSLATE_NOOP("Import", "'%1' is neither yes (Sì, X, 1) nor no (No, 0, empty).")
NOT_A_CHOICE = QT_TRANSLATE_NOOP("Import", "'%1' is not one of the choices of this field.")
NO_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Import", "'%1' is not a municipality found in the official list (province: %2)."
)
LOST_ACCENT = QT_TRANSLATE_NOOP(
    "Import", "'%1' has a question mark where an accented letter probably was: check it."
)


def strip_apostrophe(text: str, *, code: bool = False) -> str:
    """ "'00577500101'" -> "00577500101": the apostrophe Excel users type to keep zeros.
    A final apostrophe stays on words ("FORLI'" is how "Forlì" is typed)."""
    if not text.startswith("'"):
        return text
    inner = text[1:]
    if inner.endswith("'") and (code or inner[:-1].replace(" ", "").isalnum()):
        inner = inner[:-1]
    return inner


def to_date(text: str) -> date | None:
    if not text:
        return None
    if text.isdigit() and 1 <= int(text) <= 2_958_465 and len(text) <= 7:
        return EXCEL_EPOCH + timedelta(days=int(text))  # an Excel serial date
    head = text.split()[0] if re.match(r"^\d{4}-\d{2}-\d{2}[ T]", text) else text.split(" ")[0]
    try:
        return parse_italian_date(head)
    except ValueError:
        raise ConversionError(NOT_A_DATE) from None


def to_time(text: str) -> time | None:
    """ "9:30", "09.30", "09:30:00" and Access's "1899-12-30 09:30:00" -> 09:30."""
    if not text:
        return None
    match = _TIME.search(text)
    if match is None or int(match["hour"]) > 23 or int(match["minute"]) > 59:
        raise ConversionError(NOT_A_TIME)
    return time(int(match["hour"]), int(match["minute"]))


def to_datetime(text: str) -> datetime | None:
    """A date with the time written after it ("15/03/2024 10:30"), else at midnight."""
    day = to_date(text)
    if day is None:
        return None
    _day, _space, rest = text.strip().partition(" ")
    try:
        at = to_time(rest.strip()) or time()
    except ConversionError:
        raise ConversionError(NOT_A_DATE) from None
    return datetime.combine(day, at)


def to_number(text: str) -> float | None:
    """ "1.802.357" -> 1802357, "58.324.040,22" -> 58324040.22, "12.5" -> 12.5."""
    compact = _NUMBER_CHARS.sub("", text)
    if not compact:
        return None
    if "," in compact:
        compact = compact.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(compact):
        compact = compact.replace(".", "")
    try:
        return float(compact)
    except ValueError:
        raise ConversionError(NOT_A_NUMBER) from None


def to_bool(text: str) -> bool:
    word = fold(text)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConversionError(NOT_YES_NO)


def to_code(kind: str, field: str, text: str) -> str:
    """A vocabulary code from its code, English label or Italian label (or "(APS)")."""
    if not text.strip():
        return ""
    code = choice_labels(kind, field).get(fold(text))
    if code is None:
        raise ConversionError(NOT_A_CHOICE)
    return code


def vocabulary_of(kind: str, field: str):
    """The vocabulary of a choice field of `kind`, None for any other field."""
    return next((v for name, v, _message in CHOICES.get(kind, ()) if name == field), None)


@cache
def choice_labels(kind: str, field: str) -> dict[str, str]:
    labels = dict(EXTRA_LABELS.get(field, {}))
    vocabulary = vocabulary_of(kind, field)
    for term in vocabulary:
        for text in (term.code, term.label, italian_label(term.label)):
            labels[fold(text)] = term.code
            if "(" in text:  # "Social promotion association (APS)": also "APS" and the words
                inside = text[text.index("(") + 1 : text.rindex(")")]
                labels.setdefault(fold(inside), term.code)
                labels.setdefault(fold(text[: text.index("(")]), term.code)
    return labels


def italian_label(label: str) -> str:
    """The Italian label of a vocabulary term, whatever language the program runs in."""
    return in_italian("Vocabulary", label)


def to_municipality(index: MunicipalityIndex, text: str, province: str = "") -> str:
    if not text:
        return ""
    place = index.resolve(text, province or None)
    if place is None:  # bilingual names: "BOLZANO .BOZEN."; both parts must agree
        parts = {index.resolve(part, province or None) for part in _PARTS.split(text) if part}
        place = parts.pop() if len(parts) == 1 else None
    if place is None:
        raise ConversionError(NO_MUNICIPALITY, province or "-")
    return place.code
