"""Vocabularies: codes stored in the database never change, labels reach the translators."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from socialneet_desktop.domain import vocabularies as v

DOMAIN = Path(v.__file__).resolve().parent

# The codes the database stores. Changing one orphans existing records: add, never rename.
EXPECTED_CODES = {
    "gender": ("female", "male", "non_binary"),
    "organization_kind": (
        *("public_body", "aps", "odv", "social_cooperative", "foundation", "enterprise"),
        *("trade_association", "school", "university", "other"),
    ),
    "meeting_type": (
        *("bilateral", "focus_group", "info_day", "conference", "memorandum_signing", "other"),
    ),
    "resource_category": (
        *("premises", "land", "equipment", "vehicles", "goods", "food_surplus"),
        *("energy_surplus", "volunteer_skills", "training", "other"),
    ),
    "resource_status": ("reported", "verified", "matched", "reused", "withdrawn"),
    "resource_terms": ("free_loan", "rent", "donation", "shared_use", "other"),
    "resource_condition": ("excellent", "good", "fair", "needs_repair", "unusable"),
    "resource_source": ("questionnaire", "field_visit", "focus_group", "report", "other"),
    "education_level": (
        *("isced_0", "isced_1", "isced_2", "isced_3", "isced_3_vocational", "isced_4"),
        *("isced_5", "isced_6", "isced_7", "isced_8"),
    ),
    "labour_status": (
        *("unemployed_seeking", "unemployed_not_seeking", "discouraged", "caring_for_family"),
        *("occasional_work", "student_dropout", "other"),
    ),
    "heard_from": (
        *("word_of_mouth", "social_media", "school", "employment_centre", "social_services"),
        *("event", "website", "press", "other"),
    ),
    "sector_of_interest": (
        *("agri_food", "ict", "culture_tourism", "health_social", "alternative_energy", "other"),
    ),
    "citizenship": ("italian", "eu", "non_eu"),
    "visit_type": (
        *("first_reception", "orientation", "cv_branding", "skills_assessment", "job_search"),
        *("business_coaching", "training_enrolment", "other"),
    ),
    "staff_role": ("operator", "coordinator", "tutor", "administration", "volunteer"),
    "course_sector": (
        "crafts",
        "digital",
        "languages",
        "soft_skills",
        "business",
        "safety",
        "agri_food",
        "culture_tourism",
        "health_social",
        "other",
    ),
    "enrolment_status": ("enrolled", "attending", "completed", "dropped_out"),
    "presence": ("present", "absent", "justified"),
    "placement_kind": ("internship", "work_based_learning", "apprenticeship", "job"),
    "idea_sector": (
        "agri_food_surplus",
        "press_office",
        "cultural_heritage",
        "home_care",
        "energy_community",
        "crafts",
        "ict",
        "other",
    ),
    "idea_status": ("idea", "plan_in_progress", "plan_done", "presented", "started", "abandoned"),
    "outcome_stage": ("leaving", "months_6", "months_12"),
    "outcome_status": (
        "employed",
        "self_employed",
        "education_training",
        "job_search",
        "inactive",
        "other",
    ),
    "employer_kind": ("ngo", "social_enterprise", "public", "private"),
    "learned_how": ("phone", "email", "in_person", "registry", "other"),
    "work_area": (
        "meeting_point",
        "training",
        "capacity_building",
        "mentoring",
        "business_ideas",
        "mapping",
        "management",
        "other",
    ),
    "target_indicator": (
        "public_bodies_met",
        "third_sector_met",
        "organisations_met",
        "meetings_held",
        "young_people_reached",
        "enrolled_training",
        "completed_training",
        "placements_started",
        "mentored",
        "ideas_presented",
        "employed_on_leaving",
        "businesses_started",
        "resources_mapped",
        "resources_reused",
    ),
    "coop_relation": (
        "information",
        "referral",
        "joint_project",
        "shared_resources",
        "formal_agreement",
    ),
    "coop_intensity": ("1", "2", "3", "4"),
    "agreement_kind": ("memorandum", "convention", "partnership", "network_contract", "other"),
    "tie_kind": ("co_attendance", "questionnaire", "agreements"),
    # needs and their matching (issue 23)
    "need_status": ("open", "proposed", "matched", "satisfied", "not_satisfied", "withdrawn"),
    "need_source": ("questionnaire", "meeting", "focus_group", "other"),
    "need_urgency": ("1", "2", "3"),
    "weekday": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "proposal_status": ("proposed", "confirmed", "rejected"),
    "proposal_origin": ("operator", "optimiser", "marks"),
    "match_outcome": ("satisfied", "not_satisfied"),
}


def test_every_vocabulary_keeps_its_stored_codes_in_order():
    assert {name: vocabulary.codes() for name, vocabulary in v.VOCABULARIES.items()} == (
        EXPECTED_CODES
    )


@pytest.mark.parametrize("vocabulary", v.VOCABULARIES.values(), ids=lambda voc: voc.name)
def test_labels_are_present_and_tell_the_choices_apart(vocabulary):
    labels = [term.label for term in vocabulary]
    assert all(label.strip() == label and label for label in labels)
    assert len(set(labels)) == len(labels)


def test_label_for_gives_the_english_label_or_the_unknown_code_back():
    assert v.RESOURCE_STATUS.label_for("reused") == "Reused"
    assert v.VISIT_TYPE.label_for("cv_branding") == "CV and personal branding"
    assert v.ORGANIZATION_KIND.label_for("aps") == "Social promotion association (APS)"
    assert v.GENDER.label_for("retired_code") == "retired_code"


def test_a_vocabulary_iterates_its_terms_and_knows_its_codes():
    assert [term.code for term in v.CITIZENSHIP] == ["italian", "eu", "non_eu"]
    assert len(v.CITIZENSHIP) == 3
    assert "eu" in v.CITIZENSHIP and "EU" not in v.CITIZENSHIP


def test_education_labels_name_the_isced_level_of_their_code():
    for term in v.EDUCATION_LEVEL:
        level = re.match(r"isced_(\d)", term.code).group(1)
        assert term.label.endswith(f"(ISCED {level})"), term.code
    assert "licenza media" in v.EDUCATION_LEVEL.label_for("isced_2")
    assert "qualifica professionale" in v.EDUCATION_LEVEL.label_for("isced_3_vocational")


def _marked_strings() -> set[tuple[str, str]]:
    """(context, source) of every literal QT_TRANSLATE_NOOP call in domain/: what lupdate sees."""
    marked = set()
    for path in DOMAIN.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, source = (arg.value for arg in node.args)
                marked.add((context, source))
    return marked


def test_every_label_is_written_literally_for_lupdate():
    marked = _marked_strings()
    unmarked = [
        term.label
        for vocabulary in v.VOCABULARIES.values()
        for term in vocabulary
        if ("Vocabulary", term.label) not in marked
    ]
    assert unmarked == []
