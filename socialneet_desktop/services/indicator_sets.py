"""The funders' indicator sets, each defined once as data: its indicators (what is counted,
among whom) and their breakdowns (groups of one attribute of the person). The funder report
counts them (services.indicator_counts), protects them (exports.funder_sets) and documents
them on its Data dictionary sheet from these same definitions.

A person's attributes (services.indicator_counts.ATTRIBUTES): gender; age band on the day
they are counted ("band": <15, 15-17, 18-19, 20-24, 25-29, 30-54, 55+); education level;
labour status at registration; "ltu" (ltu = unemployed for 12 months or more, short =
unemployed for less or for an unrecorded time, no = not unemployed); citizenship; "disabled"
(1 only with the explicit special-category consent, GDPR art. 9); caring responsibilities,
minority, asylum or refugee (1 or 0); on leaving, the outcome's status and employer kind.
Rural areas (ESF+) are not counted: the program has no urban-rural class of municipalities
(Eurostat's DEGURBA is not bundled, nor anything in the municipalities' list to derive it
from), so the workbook says "not available" there, never 0 (Indicator.unavailable).
"""

from __future__ import annotations

from dataclasses import dataclass

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

PARTICIPANTS, ENROLLED, QUALIFIED, LEAVERS = "participants", "enrolled", "qualified", "leavers"
EMPLOYED = ("employed", "self_employed")


@dataclass(frozen=True)
class Group:
    code: str
    label: str  # English, "IndicatorSets" context
    attribute: str
    values: tuple[str, ...] | None  # None: every value no other group of its breakdown holds


@dataclass(frozen=True)
class Breakdown:
    code: str
    title: str  # English, "IndicatorSets" context
    groups: tuple[Group, ...]
    exclusive: bool = True  # each person in one group; else a count of those who have it


@dataclass(frozen=True)
class Unavailable:
    """A breakdown the funder defines that the program cannot count, and why."""

    title: str  # English, "IndicatorSets" context
    reason: str  # English, "IndicatorSets" context


@dataclass(frozen=True)
class Indicator:
    code: str
    title: str  # English, "IndicatorSets" context
    rule: str  # English: who is counted, and when
    population: str  # PARTICIPANTS, ENROLLED, QUALIFIED or LEAVERS
    breakdowns: tuple[Breakdown, ...]
    statuses: tuple[str, ...] | None = None  # leavers: the outcome statuses counted
    unavailable: tuple[Unavailable, ...] = ()  # written "not available", with the reason


@dataclass(frozen=True)
class IndicatorSet:
    code: str  # stored in the association details (app_settings.indicator_set)
    name: str  # English, "IndicatorSets" context
    source: str  # English: the funder's definition it follows
    indicators: tuple[Indicator, ...]


def _g(code, label, attribute, *values) -> Group:
    return Group(code, label, attribute, values or None)


_NOT_RECORDED = QT_TRANSLATE_NOOP("IndicatorSets", "Not recorded")
GENDER = Breakdown(
    "gender",
    QT_TRANSLATE_NOOP("IndicatorSets", "Gender"),
    (
        _g("female", QT_TRANSLATE_NOOP("IndicatorSets", "Female"), "gender", "female"),
        _g("male", QT_TRANSLATE_NOOP("IndicatorSets", "Male"), "gender", "male"),
        _g("non_binary", QT_TRANSLATE_NOOP("IndicatorSets", "Non-binary"), "gender", "non_binary"),
        _g("not_recorded", _NOT_RECORDED, "gender"),
    ),
)
AGE_EEA = Breakdown(
    "age_eea",
    QT_TRANSLATE_NOOP("IndicatorSets", "Age"),
    (
        _g("15_24", "15–24", "band", "15-17", "18-19", "20-24"),
        _g("25_29", "25–29", "band", "25-29"),
        _g(
            "other", QT_TRANSLATE_NOOP("IndicatorSets", "Other ages"), "band", "<15", "30-54", "55+"
        ),
        _g("not_recorded", _NOT_RECORDED, "band"),
    ),
)
AGE_ESF = Breakdown(
    "age_esf",
    QT_TRANSLATE_NOOP("IndicatorSets", "Age"),
    (
        _g("below_18", QT_TRANSLATE_NOOP("IndicatorSets", "Below 18"), "band", "<15", "15-17"),
        _g("18_29", "18–29", "band", "18-19", "20-24", "25-29"),
        _g("30_54", "30–54", "band", "30-54"),
        _g("55_plus", QT_TRANSLATE_NOOP("IndicatorSets", "55 and over"), "band", "55+"),
        _g("not_recorded", _NOT_RECORDED, "band"),
    ),
)
ISCED = Breakdown(
    "isced",
    QT_TRANSLATE_NOOP("IndicatorSets", "Education (ISCED)"),
    (
        _g("isced_0_2", "ISCED 0–2", "education", "isced_0", "isced_1", "isced_2"),
        _g("isced_3_4", "ISCED 3–4", "education", "isced_3", "isced_3_vocational", "isced_4"),
        _g("isced_5_8", "ISCED 5–8", "education", "isced_5", "isced_6", "isced_7", "isced_8"),
        _g("not_recorded", _NOT_RECORDED, "education"),
    ),
)
LABOUR_ESF = Breakdown(
    "labour_status",
    QT_TRANSLATE_NOOP("IndicatorSets", "Labour status at entry"),
    (
        _g(
            "unemployed",
            QT_TRANSLATE_NOOP("IndicatorSets", "Unemployed, including long-term unemployed"),
            "labour",
            "unemployed_seeking",
        ),
        _g(
            "inactive",
            QT_TRANSLATE_NOOP("IndicatorSets", "Inactive"),
            "labour",
            "unemployed_not_seeking",
            "discouraged",
            "caring_for_family",
            "student_dropout",
        ),
        _g(
            "employed",
            QT_TRANSLATE_NOOP("IndicatorSets", "Employed, including self-employed"),
            "labour",
            "occasional_work",
        ),
        _g("other", QT_TRANSLATE_NOOP("IndicatorSets", "Other or not recorded"), "labour"),
    ),
)
_LTU = _g(
    "long_term_unemployed",
    QT_TRANSLATE_NOOP("IndicatorSets", "Long-term unemployed (12 months or more)"),
    "ltu",
    "ltu",
)
_LOW_SKILLED = _g(
    "low_skilled",
    QT_TRANSLATE_NOOP("IndicatorSets", "Low-skilled (ISCED 0–2)"),
    "education",
    "isced_0",
    "isced_1",
    "isced_2",
)
_THIRD_COUNTRY = _g(
    "third_country",
    QT_TRANSLATE_NOOP("IndicatorSets", "Third-country nationals"),
    "citizenship",
    "non_eu",
)
_DISABLED = _g(
    "disabled",
    QT_TRANSLATE_NOOP("IndicatorSets", "With disabilities (with explicit consent)"),
    "disabled",
    "1",
)
RURAL = Unavailable(
    QT_TRANSLATE_NOOP("IndicatorSets", "Rural areas"),
    QT_TRANSLATE_NOOP("IndicatorSets", "no urban/rural classification of municipalities"),
)
OF_WHICH_LTU = Breakdown(
    "of_which", QT_TRANSLATE_NOOP("IndicatorSets", "Of which"), (_LTU,), exclusive=False
)
ESF_OTHER = Breakdown(
    "other",
    QT_TRANSLATE_NOOP("IndicatorSets", "Other characteristics"),
    (_DISABLED, _THIRD_COUNTRY),
    exclusive=False,
)
VULNERABLE = Breakdown(
    "vulnerable",
    QT_TRANSLATE_NOOP("IndicatorSets", "Vulnerable groups"),
    (
        _LTU,
        _LOW_SKILLED,
        _THIRD_COUNTRY,
        _g(
            "caring",
            QT_TRANSLATE_NOOP("IndicatorSets", "With caring responsibilities"),
            "caring",
            "1",
        ),
        _g("minority", QT_TRANSLATE_NOOP("IndicatorSets", "Minority"), "minority", "1"),
        _g(
            "asylum",
            QT_TRANSLATE_NOOP("IndicatorSets", "Asylum seeker or refugee"),
            "asylum",
            "1",
        ),
        _DISABLED,
    ),
    exclusive=False,
)
EMPLOYER = Breakdown(
    "employer",
    QT_TRANSLATE_NOOP("IndicatorSets", "Kind of employer"),
    (
        _g(
            "ngo",
            QT_TRANSLATE_NOOP("IndicatorSets", "Non-governmental organisation"),
            "employer",
            "ngo",
        ),
        _g(
            "social_enterprise",
            QT_TRANSLATE_NOOP("IndicatorSets", "Social enterprise"),
            "employer",
            "social_enterprise",
        ),
        _g("public", QT_TRANSLATE_NOOP("IndicatorSets", "Public body"), "employer", "public"),
        _g(
            "private",
            QT_TRANSLATE_NOOP("IndicatorSets", "Private enterprise"),
            "employer",
            "private",
        ),
        _g("not_recorded", _NOT_RECORDED, "employer"),
    ),
)
_EEA_BY = (GENDER, AGE_EEA, VULNERABLE)
_LEAVING = QT_TRANSLATE_NOOP(
    "IndicatorSets",
    "Young people whose outcome on leaving, dated in the period, is: %1 (the later outcome "
    "when two were recorded). Age on the day of the outcome.",
)

EEA_YOUTH = IndicatorSet(
    "eea_youth",
    QT_TRANSLATE_NOOP("IndicatorSets", "EEA and Norway Grants Fund for Youth Employment"),
    QT_TRANSLATE_NOOP(
        "IndicatorSets",
        "The Fund's reporting indicators for young people not in employment, education or "
        "training, by gender, age (15–24, 25–29) and vulnerable group.",
    ),
    (
        Indicator(
            "reached",
            QT_TRANSLATE_NOOP("IndicatorSets", "Young people reached"),
            QT_TRANSLATE_NOOP(
                "IndicatorSets",
                "NEET contacts with at least one Meeting Point visit in the period, each once. "
                "Age on the first visit in the period.",
            ),
            PARTICIPANTS,
            _EEA_BY,
        ),
        Indicator(
            "enrolled",
            QT_TRANSLATE_NOOP("IndicatorSets", "Enrolled in education or training"),
            QT_TRANSLATE_NOOP(
                "IndicatorSets",
                "Young people enrolled in a course in the period (enrolment date), each once. "
                "Age on the first enrolment in the period.",
            ),
            ENROLLED,
            _EEA_BY,
        ),
        Indicator(
            "job_search",
            QT_TRANSLATE_NOOP("IndicatorSets", "In active job search on leaving"),
            _LEAVING,
            LEAVERS,
            _EEA_BY,
            ("job_search",),
        ),
        Indicator(
            "employed",
            QT_TRANSLATE_NOOP("IndicatorSets", "In employment on leaving"),
            _LEAVING,
            LEAVERS,
            (EMPLOYER, *_EEA_BY),
            EMPLOYED,
        ),
        Indicator(
            "business",
            QT_TRANSLATE_NOOP("IndicatorSets", "Started a business"),
            _LEAVING,
            LEAVERS,
            _EEA_BY,
            ("self_employed",),
        ),
    ),
)
ESF_PLUS = IndicatorSet(
    "esf_plus",
    QT_TRANSLATE_NOOP("IndicatorSets", "ESF+ common indicators"),
    QT_TRANSLATE_NOOP(
        "IndicatorSets",
        "Regulation (EU) 2021/1057, Annex I: common output indicators on participants and "
        "common immediate result indicators on leaving. Rural areas are not counted: the "
        "program has no urban-rural class of municipalities.",
    ),
    (
        Indicator(
            "participants",
            QT_TRANSLATE_NOOP("IndicatorSets", "Participants"),
            QT_TRANSLATE_NOOP(
                "IndicatorSets",
                "NEET contacts with at least one Meeting Point visit in the period, each once. "
                "Labour status and education as recorded at registration; age on the first "
                "visit in the period. Disabilities are counted only for people who gave the "
                "explicit consent.",
            ),
            PARTICIPANTS,
            (GENDER, LABOUR_ESF, OF_WHICH_LTU, AGE_ESF, ISCED, ESF_OTHER),
            unavailable=(RURAL,),
        ),
        Indicator(
            "job_searching",
            QT_TRANSLATE_NOOP("IndicatorSets", "Engaged in job searching upon leaving"),
            _LEAVING,
            LEAVERS,
            (GENDER,),
            ("job_search",),
        ),
        Indicator(
            "education_training",
            QT_TRANSLATE_NOOP("IndicatorSets", "In education or training upon leaving"),
            _LEAVING,
            LEAVERS,
            (GENDER,),
            ("education_training",),
        ),
        Indicator(
            "qualification",
            QT_TRANSLATE_NOOP("IndicatorSets", "Gaining a qualification upon leaving"),
            QT_TRANSLATE_NOOP(
                "IndicatorSets",
                "Young people who completed a course with a certificate in the period (the "
                "enrolment's status date), each once.",
            ),
            QUALIFIED,
            (GENDER,),
        ),
        Indicator(
            "employed",
            QT_TRANSLATE_NOOP(
                "IndicatorSets", "In employment, including self-employment, upon leaving"
            ),
            _LEAVING,
            LEAVERS,
            (GENDER,),
            EMPLOYED,
        ),
    ),
)
SETS: dict[str, IndicatorSet] = {s.code: s for s in (EEA_YOUTH, ESF_PLUS)}


def holds(breakdown: Breakdown, group: Group, value: str) -> bool:
    """Whether a person whose attribute is `value` is in `group`."""
    if group.values is not None:
        return value in group.values
    claimed = {v for g in breakdown.groups if g.values is not None for v in g.values}
    return value not in claimed


def configured_code(session) -> str:
    """The set chosen in the association details ("" for none)."""
    from socialneet_desktop.services.association_settings import current_settings

    code = getattr(current_settings(session), "indicator_set", "") or ""
    return code if code in SETS else ""


def chosen_set(session, code: str | None) -> IndicatorSet | None:
    """The set `code` names; None for the association details' choice ("" or unknown: no
    set)."""
    return SETS.get(configured_code(session) if code is None else code)
