"""Closed lists of choices: a stable code stored in the database and an English label.

Codes are snake_case English and never change once records use them; labels are marked for
translation and shown through `QCoreApplication.translate("Vocabulary", label)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Term:
    code: str
    label: str


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    def label_for(self, code: str) -> str:
        """The English label of `code`, or `code` itself when the vocabulary does not know it."""
        for term in self.terms:
            if term.code == code:
                return term.label
        return code

    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self.codes()


def _vocabulary(name: str, *pairs: tuple[str, str]) -> Vocabulary:
    return Vocabulary(name, tuple(Term(code, label) for code, label in pairs))


_OTHER = ("other", QT_TRANSLATE_NOOP("Vocabulary", "Other"))

# ESF+ and the EEA and Norway Grants count female, male and non-binary. The code "other" of
# earlier versions is "non_binary" since migration 0008 (its records were mapped there).
GENDER = _vocabulary(
    "gender",
    ("female", QT_TRANSLATE_NOOP("Vocabulary", "Female")),
    ("male", QT_TRANSLATE_NOOP("Vocabulary", "Male")),
    ("non_binary", QT_TRANSLATE_NOOP("Vocabulary", "Non-binary")),
)
ORGANIZATION_KIND = _vocabulary(
    "organization_kind",
    ("public_body", QT_TRANSLATE_NOOP("Vocabulary", "Public body")),
    ("aps", QT_TRANSLATE_NOOP("Vocabulary", "Social promotion association (APS)")),
    ("odv", QT_TRANSLATE_NOOP("Vocabulary", "Voluntary organisation (ODV)")),
    ("social_cooperative", QT_TRANSLATE_NOOP("Vocabulary", "Social cooperative")),
    ("foundation", QT_TRANSLATE_NOOP("Vocabulary", "Foundation")),
    ("enterprise", QT_TRANSLATE_NOOP("Vocabulary", "Enterprise")),
    ("trade_association", QT_TRANSLATE_NOOP("Vocabulary", "Trade association")),
    ("school", QT_TRANSLATE_NOOP("Vocabulary", "School or training body")),
    ("university", QT_TRANSLATE_NOOP("Vocabulary", "University")),
    _OTHER,
)
MEETING_TYPE = _vocabulary(
    "meeting_type",
    ("bilateral", QT_TRANSLATE_NOOP("Vocabulary", "Bilateral meeting")),
    ("focus_group", QT_TRANSLATE_NOOP("Vocabulary", "Focus group")),
    ("info_day", QT_TRANSLATE_NOOP("Vocabulary", "Info day")),
    ("conference", QT_TRANSLATE_NOOP("Vocabulary", "Conference")),
    ("memorandum_signing", QT_TRANSLATE_NOOP("Vocabulary", "Memorandum signing")),
    _OTHER,
)
RESOURCE_CATEGORY = _vocabulary(
    "resource_category",
    ("premises", QT_TRANSLATE_NOOP("Vocabulary", "Premises")),
    ("land", QT_TRANSLATE_NOOP("Vocabulary", "Land")),
    ("equipment", QT_TRANSLATE_NOOP("Vocabulary", "Equipment")),
    ("vehicles", QT_TRANSLATE_NOOP("Vocabulary", "Vehicles")),
    ("goods", QT_TRANSLATE_NOOP("Vocabulary", "Goods")),
    ("food_surplus", QT_TRANSLATE_NOOP("Vocabulary", "Food surplus")),
    ("energy_surplus", QT_TRANSLATE_NOOP("Vocabulary", "Energy surplus")),
    ("volunteer_skills", QT_TRANSLATE_NOOP("Vocabulary", "Volunteer skills")),
    ("training", QT_TRANSLATE_NOOP("Vocabulary", "Training")),
    _OTHER,
)
RESOURCE_STATUS = _vocabulary(
    "resource_status",
    ("reported", QT_TRANSLATE_NOOP("Vocabulary", "Reported")),
    ("verified", QT_TRANSLATE_NOOP("Vocabulary", "Verified")),
    ("matched", QT_TRANSLATE_NOOP("Vocabulary", "Matched")),
    ("reused", QT_TRANSLATE_NOOP("Vocabulary", "Reused")),
    ("withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")),
)
RESOURCE_TERMS = _vocabulary(
    "resource_terms",
    ("free_loan", QT_TRANSLATE_NOOP("Vocabulary", "Free loan")),
    ("rent", QT_TRANSLATE_NOOP("Vocabulary", "Rent")),
    ("donation", QT_TRANSLATE_NOOP("Vocabulary", "Donation")),
    ("shared_use", QT_TRANSLATE_NOOP("Vocabulary", "Shared use")),
    _OTHER,
)
RESOURCE_CONDITION = _vocabulary(
    "resource_condition",
    ("excellent", QT_TRANSLATE_NOOP("Vocabulary", "Excellent")),
    ("good", QT_TRANSLATE_NOOP("Vocabulary", "Good")),
    ("fair", QT_TRANSLATE_NOOP("Vocabulary", "Fair")),
    ("needs_repair", QT_TRANSLATE_NOOP("Vocabulary", "Needs repair")),
    ("unusable", QT_TRANSLATE_NOOP("Vocabulary", "Unusable")),
)
RESOURCE_SOURCE = _vocabulary(
    "resource_source",
    ("questionnaire", QT_TRANSLATE_NOOP("Vocabulary", "Questionnaire")),
    ("field_visit", QT_TRANSLATE_NOOP("Vocabulary", "Field visit")),
    ("focus_group", QT_TRANSLATE_NOOP("Vocabulary", "Focus group")),
    ("report", QT_TRANSLATE_NOOP("Vocabulary", "Report")),
    _OTHER,
)
EDUCATION_LEVEL = _vocabulary(
    "education_level",
    ("isced_0", QT_TRANSLATE_NOOP("Vocabulary", "No formal qualification (ISCED 0)")),
    ("isced_1", QT_TRANSLATE_NOOP("Vocabulary", "Primary – licenza elementare (ISCED 1)")),
    ("isced_2", QT_TRANSLATE_NOOP("Vocabulary", "Lower secondary – licenza media (ISCED 2)")),
    ("isced_3", QT_TRANSLATE_NOOP("Vocabulary", "Upper secondary – diploma (ISCED 3)")),
    (
        "isced_3_vocational",
        QT_TRANSLATE_NOOP(
            "Vocabulary", "Vocational qualification – qualifica professionale (ISCED 3)"
        ),
    ),
    (
        "isced_4",
        QT_TRANSLATE_NOOP("Vocabulary", "Post-secondary – IFTS specialisation (ISCED 4)"),
    ),
    ("isced_5", QT_TRANSLATE_NOOP("Vocabulary", "Short-cycle tertiary – ITS Academy (ISCED 5)")),
    ("isced_6", QT_TRANSLATE_NOOP("Vocabulary", "Bachelor's – laurea triennale (ISCED 6)")),
    ("isced_7", QT_TRANSLATE_NOOP("Vocabulary", "Master's – laurea magistrale (ISCED 7)")),
    ("isced_8", QT_TRANSLATE_NOOP("Vocabulary", "Doctorate – dottorato di ricerca (ISCED 8)")),
)
LABOUR_STATUS = _vocabulary(
    "labour_status",
    ("unemployed_seeking", QT_TRANSLATE_NOOP("Vocabulary", "Unemployed, looking for work")),
    ("unemployed_not_seeking", QT_TRANSLATE_NOOP("Vocabulary", "Inactive, not looking for work")),
    ("discouraged", QT_TRANSLATE_NOOP("Vocabulary", "Discouraged, has stopped looking")),
    ("caring_for_family", QT_TRANSLATE_NOOP("Vocabulary", "Caring for family members")),
    ("occasional_work", QT_TRANSLATE_NOOP("Vocabulary", "Occasional or irregular work")),
    ("student_dropout", QT_TRANSLATE_NOOP("Vocabulary", "Left education early")),
    _OTHER,
)
HEARD_FROM = _vocabulary(
    "heard_from",
    ("word_of_mouth", QT_TRANSLATE_NOOP("Vocabulary", "Word of mouth")),
    ("social_media", QT_TRANSLATE_NOOP("Vocabulary", "Social media")),
    ("school", QT_TRANSLATE_NOOP("Vocabulary", "School or training centre")),
    ("employment_centre", QT_TRANSLATE_NOOP("Vocabulary", "Employment centre")),
    ("social_services", QT_TRANSLATE_NOOP("Vocabulary", "Social services")),
    ("event", QT_TRANSLATE_NOOP("Vocabulary", "Event")),
    ("website", QT_TRANSLATE_NOOP("Vocabulary", "Website")),
    ("press", QT_TRANSLATE_NOOP("Vocabulary", "Press, radio or TV")),
    _OTHER,
)
SECTOR_OF_INTEREST = _vocabulary(
    "sector_of_interest",
    ("agri_food", QT_TRANSLATE_NOOP("Vocabulary", "Agri-food")),
    ("ict", QT_TRANSLATE_NOOP("Vocabulary", "IT and communication")),
    ("culture_tourism", QT_TRANSLATE_NOOP("Vocabulary", "Culture and tourism")),
    ("health_social", QT_TRANSLATE_NOOP("Vocabulary", "Health and social care")),
    ("alternative_energy", QT_TRANSLATE_NOOP("Vocabulary", "Alternative energy")),
    _OTHER,
)
CITIZENSHIP = _vocabulary(
    "citizenship",
    ("italian", QT_TRANSLATE_NOOP("Vocabulary", "Italian")),
    ("eu", QT_TRANSLATE_NOOP("Vocabulary", "Other EU country")),
    ("non_eu", QT_TRANSLATE_NOOP("Vocabulary", "Non-EU country")),
)
VISIT_TYPE = _vocabulary(
    "visit_type",
    ("first_reception", QT_TRANSLATE_NOOP("Vocabulary", "First reception")),
    ("orientation", QT_TRANSLATE_NOOP("Vocabulary", "Orientation")),
    ("cv_branding", QT_TRANSLATE_NOOP("Vocabulary", "CV and personal branding")),
    ("skills_assessment", QT_TRANSLATE_NOOP("Vocabulary", "Skills assessment")),
    ("job_search", QT_TRANSLATE_NOOP("Vocabulary", "Job search")),
    ("business_coaching", QT_TRANSLATE_NOOP("Vocabulary", "Business-idea coaching")),
    ("training_enrolment", QT_TRANSLATE_NOOP("Vocabulary", "Training enrolment")),
    _OTHER,
)
STAFF_ROLE = _vocabulary(
    "staff_role",
    ("operator", QT_TRANSLATE_NOOP("Vocabulary", "Operator")),
    ("coordinator", QT_TRANSLATE_NOOP("Vocabulary", "Coordinator")),
    ("tutor", QT_TRANSLATE_NOOP("Vocabulary", "Tutor")),
    ("administration", QT_TRANSLATE_NOOP("Vocabulary", "Administration")),
    ("volunteer", QT_TRANSLATE_NOOP("Vocabulary", "Volunteer")),
)

# The young person's path (issue 18)
COURSE_SECTOR = _vocabulary(
    "course_sector",
    ("crafts", QT_TRANSLATE_NOOP("Vocabulary", "Crafts")),
    ("digital", QT_TRANSLATE_NOOP("Vocabulary", "Digital skills")),
    ("languages", QT_TRANSLATE_NOOP("Vocabulary", "Languages")),
    ("soft_skills", QT_TRANSLATE_NOOP("Vocabulary", "Soft skills")),
    ("business", QT_TRANSLATE_NOOP("Vocabulary", "Business and self-employment")),
    ("safety", QT_TRANSLATE_NOOP("Vocabulary", "Health and safety at work")),
    ("agri_food", QT_TRANSLATE_NOOP("Vocabulary", "Agri-food")),
    ("culture_tourism", QT_TRANSLATE_NOOP("Vocabulary", "Culture and tourism")),
    ("health_social", QT_TRANSLATE_NOOP("Vocabulary", "Health and social care")),
    _OTHER,
)
ENROLMENT_STATUS = _vocabulary(
    "enrolment_status",
    ("enrolled", QT_TRANSLATE_NOOP("Vocabulary", "Enrolled")),
    ("attending", QT_TRANSLATE_NOOP("Vocabulary", "Attending")),
    ("completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")),
    ("dropped_out", QT_TRANSLATE_NOOP("Vocabulary", "Dropped out")),
)
PRESENCE = _vocabulary(
    "presence",
    ("present", QT_TRANSLATE_NOOP("Vocabulary", "Present")),
    ("absent", QT_TRANSLATE_NOOP("Vocabulary", "Absent")),
    ("justified", QT_TRANSLATE_NOOP("Vocabulary", "Absent, justified")),
)
PLACEMENT_KIND = _vocabulary(
    "placement_kind",
    ("internship", QT_TRANSLATE_NOOP("Vocabulary", "Internship")),
    ("work_based_learning", QT_TRANSLATE_NOOP("Vocabulary", "Work-based learning")),
    ("apprenticeship", QT_TRANSLATE_NOOP("Vocabulary", "Apprenticeship")),
    ("job", QT_TRANSLATE_NOOP("Vocabulary", "Job")),
)
IDEA_SECTOR = _vocabulary(
    "idea_sector",
    ("agri_food_surplus", QT_TRANSLATE_NOOP("Vocabulary", "Agri-food surplus")),
    ("press_office", QT_TRANSLATE_NOOP("Vocabulary", "Press office for SMEs and NGOs")),
    ("cultural_heritage", QT_TRANSLATE_NOOP("Vocabulary", "Cultural heritage and tourism")),
    ("home_care", QT_TRANSLATE_NOOP("Vocabulary", "Home care")),
    ("energy_community", QT_TRANSLATE_NOOP("Vocabulary", "Energy community")),
    ("crafts", QT_TRANSLATE_NOOP("Vocabulary", "Crafts")),
    ("ict", QT_TRANSLATE_NOOP("Vocabulary", "IT and communication")),
    _OTHER,
)
IDEA_STATUS = _vocabulary(
    "idea_status",
    ("idea", QT_TRANSLATE_NOOP("Vocabulary", "Idea")),
    ("plan_in_progress", QT_TRANSLATE_NOOP("Vocabulary", "Business plan in progress")),
    ("plan_done", QT_TRANSLATE_NOOP("Vocabulary", "Business plan done")),
    ("presented", QT_TRANSLATE_NOOP("Vocabulary", "Presented")),
    ("started", QT_TRANSLATE_NOOP("Vocabulary", "Started as a business")),
    ("abandoned", QT_TRANSLATE_NOOP("Vocabulary", "Abandoned")),
)
OUTCOME_STAGE = _vocabulary(
    "outcome_stage",
    ("leaving", QT_TRANSLATE_NOOP("Vocabulary", "On leaving")),
    ("months_6", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up at 6 months")),
    ("months_12", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up at 12 months")),
)
OUTCOME_STATUS = _vocabulary(
    "outcome_status",
    ("employed", QT_TRANSLATE_NOOP("Vocabulary", "Employed")),
    ("self_employed", QT_TRANSLATE_NOOP("Vocabulary", "Self-employed or started a business")),
    ("education_training", QT_TRANSLATE_NOOP("Vocabulary", "In education or training")),
    ("job_search", QT_TRANSLATE_NOOP("Vocabulary", "In active job search")),
    ("inactive", QT_TRANSLATE_NOOP("Vocabulary", "Inactive")),
    _OTHER,
)
EMPLOYER_KIND = _vocabulary(
    "employer_kind",
    ("ngo", QT_TRANSLATE_NOOP("Vocabulary", "Non-governmental organisation")),
    ("social_enterprise", QT_TRANSLATE_NOOP("Vocabulary", "Social enterprise")),
    ("public", QT_TRANSLATE_NOOP("Vocabulary", "Public body")),
    ("private", QT_TRANSLATE_NOOP("Vocabulary", "Private enterprise")),
)
LEARNED_HOW = _vocabulary(
    "learned_how",
    ("phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")),
    ("email", QT_TRANSLATE_NOOP("Vocabulary", "E-mail")),
    ("in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")),
    ("registry", QT_TRANSLATE_NOOP("Vocabulary", "Public registry")),
    _OTHER,
)
# The project's activities and what they count (issue 19)
WORK_AREA = _vocabulary(
    "work_area",
    ("meeting_point", QT_TRANSLATE_NOOP("Vocabulary", "Meeting Points for NEETs")),
    ("training", QT_TRANSLATE_NOOP("Vocabulary", "Training and work-based learning")),
    ("capacity_building", QT_TRANSLATE_NOOP("Vocabulary", "Capacity building of organisations")),
    ("mentoring", QT_TRANSLATE_NOOP("Vocabulary", "Mentors")),
    ("business_ideas", QT_TRANSLATE_NOOP("Vocabulary", "Project ideas and business plans")),
    ("mapping", QT_TRANSLATE_NOOP("Vocabulary", "Mapping social capital and unused resources")),
    ("management", QT_TRANSLATE_NOOP("Vocabulary", "Project management")),
    _OTHER,
)
TARGET_INDICATOR = _vocabulary(
    "target_indicator",
    ("public_bodies_met", QT_TRANSLATE_NOOP("Vocabulary", "Distinct public bodies met")),
    ("third_sector_met", QT_TRANSLATE_NOOP("Vocabulary", "Distinct third-sector bodies met")),
    ("organisations_met", QT_TRANSLATE_NOOP("Vocabulary", "Distinct organisations met")),
    ("meetings_held", QT_TRANSLATE_NOOP("Vocabulary", "Meetings and events held")),
    ("young_people_reached", QT_TRANSLATE_NOOP("Vocabulary", "Young people reached")),
    ("enrolled_training", QT_TRANSLATE_NOOP("Vocabulary", "Enrolled in training")),
    ("completed_training", QT_TRANSLATE_NOOP("Vocabulary", "Completed training")),
    ("placements_started", QT_TRANSLATE_NOOP("Vocabulary", "Placements started")),
    ("mentored", QT_TRANSLATE_NOOP("Vocabulary", "Young people with a mentor")),
    ("ideas_presented", QT_TRANSLATE_NOOP("Vocabulary", "Project ideas presented")),
    ("employed_on_leaving", QT_TRANSLATE_NOOP("Vocabulary", "In employment on leaving")),
    ("businesses_started", QT_TRANSLATE_NOOP("Vocabulary", "Businesses started")),
    ("resources_mapped", QT_TRANSLATE_NOOP("Vocabulary", "Resources mapped")),
    ("resources_reused", QT_TRANSLATE_NOOP("Vocabulary", "Resources reused")),
)

# Needs and their matching with the resources (issue 23); a need's category is a
# RESOURCE_CATEGORY code (one vocabulary for what is offered and what is needed).
NEED_STATUS = _vocabulary(
    "need_status",
    ("open", QT_TRANSLATE_NOOP("Vocabulary", "Open")),
    ("proposed", QT_TRANSLATE_NOOP("Vocabulary", "Proposed")),
    ("matched", QT_TRANSLATE_NOOP("Vocabulary", "Matched")),
    ("satisfied", QT_TRANSLATE_NOOP("Vocabulary", "Satisfied")),
    ("not_satisfied", QT_TRANSLATE_NOOP("Vocabulary", "Not satisfied")),
    ("withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")),
)
NEED_SOURCE = _vocabulary(
    "need_source",
    ("questionnaire", QT_TRANSLATE_NOOP("Vocabulary", "Questionnaire")),
    ("meeting", QT_TRANSLATE_NOOP("Vocabulary", "Meeting")),
    ("focus_group", QT_TRANSLATE_NOOP("Vocabulary", "Focus group")),
    _OTHER,
)
NEED_URGENCY = _vocabulary(
    "need_urgency",
    ("1", QT_TRANSLATE_NOOP("Vocabulary", "Low")),
    ("2", QT_TRANSLATE_NOOP("Vocabulary", "Medium")),
    ("3", QT_TRANSLATE_NOOP("Vocabulary", "High")),
)
WEEKDAY = _vocabulary(
    "weekday",
    ("mon", QT_TRANSLATE_NOOP("Vocabulary", "Monday")),
    ("tue", QT_TRANSLATE_NOOP("Vocabulary", "Tuesday")),
    ("wed", QT_TRANSLATE_NOOP("Vocabulary", "Wednesday")),
    ("thu", QT_TRANSLATE_NOOP("Vocabulary", "Thursday")),
    ("fri", QT_TRANSLATE_NOOP("Vocabulary", "Friday")),
    ("sat", QT_TRANSLATE_NOOP("Vocabulary", "Saturday")),
    ("sun", QT_TRANSLATE_NOOP("Vocabulary", "Sunday")),
)
PROPOSAL_STATUS = _vocabulary(
    "proposal_status",
    ("proposed", QT_TRANSLATE_NOOP("Vocabulary", "Proposed")),
    ("confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed")),
    ("rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")),
)
PROPOSAL_ORIGIN = _vocabulary(
    "proposal_origin",
    ("operator", QT_TRANSLATE_NOOP("Vocabulary", "Operator")),
    ("optimiser", QT_TRANSLATE_NOOP("Vocabulary", "Optimise")),
    ("marks", QT_TRANSLATE_NOOP("Vocabulary", "Delegates' marks")),
)
MATCH_OUTCOME = _vocabulary(
    "match_outcome",
    ("satisfied", QT_TRANSLATE_NOOP("Vocabulary", "Satisfied")),
    ("not_satisfied", QT_TRANSLATE_NOOP("Vocabulary", "Not satisfied")),
)

# The cooperation between organisations (issue 22): the questionnaire's kinds of relation
# (the yes/no columns of db.models_network.CoopTie), agreements and the tie kinds
COOP_RELATION = _vocabulary(
    "coop_relation",
    ("information", QT_TRANSLATE_NOOP("Vocabulary", "Exchange of information")),
    ("referral", QT_TRANSLATE_NOOP("Vocabulary", "Referral of young people")),
    ("joint_project", QT_TRANSLATE_NOOP("Vocabulary", "Joint project")),
    ("shared_resources", QT_TRANSLATE_NOOP("Vocabulary", "Shared resources or premises")),
    ("formal_agreement", QT_TRANSLATE_NOOP("Vocabulary", "Formal agreement / memorandum")),
)
COOP_INTENSITY = _vocabulary(
    "coop_intensity",
    ("1", QT_TRANSLATE_NOOP("Vocabulary", "1 - occasional")),
    ("2", QT_TRANSLATE_NOOP("Vocabulary", "2 - a few times a year")),
    ("3", QT_TRANSLATE_NOOP("Vocabulary", "3 - monthly")),
    ("4", QT_TRANSLATE_NOOP("Vocabulary", "4 - constant")),
)
AGREEMENT_KIND = _vocabulary(
    "agreement_kind",
    ("memorandum", QT_TRANSLATE_NOOP("Vocabulary", "Memorandum of understanding")),
    ("convention", QT_TRANSLATE_NOOP("Vocabulary", "Convention")),
    ("partnership", QT_TRANSLATE_NOOP("Vocabulary", "Partnership agreement")),
    ("network_contract", QT_TRANSLATE_NOOP("Vocabulary", "Network contract")),
    _OTHER,
)
TIE_KIND = _vocabulary(
    "tie_kind",
    ("co_attendance", QT_TRANSLATE_NOOP("Vocabulary", "Co-attendance")),
    ("questionnaire", QT_TRANSLATE_NOOP("Vocabulary", "Questionnaire")),
    ("agreements", QT_TRANSLATE_NOOP("Vocabulary", "Agreements")),
)

VOCABULARIES: dict[str, Vocabulary] = {
    vocabulary.name: vocabulary
    for vocabulary in (
        GENDER,
        ORGANIZATION_KIND,
        MEETING_TYPE,
        RESOURCE_CATEGORY,
        RESOURCE_STATUS,
        RESOURCE_TERMS,
        RESOURCE_CONDITION,
        RESOURCE_SOURCE,
        EDUCATION_LEVEL,
        LABOUR_STATUS,
        HEARD_FROM,
        SECTOR_OF_INTEREST,
        CITIZENSHIP,
        VISIT_TYPE,
        STAFF_ROLE,
        COURSE_SECTOR,
        ENROLMENT_STATUS,
        PRESENCE,
        PLACEMENT_KIND,
        IDEA_SECTOR,
        IDEA_STATUS,
        OUTCOME_STAGE,
        OUTCOME_STATUS,
        EMPLOYER_KIND,
        LEARNED_HOW,
        WORK_AREA,
        TARGET_INDICATOR,
        NEED_STATUS,
        NEED_SOURCE,
        NEED_URGENCY,
        WEEKDAY,
        PROPOSAL_STATUS,
        PROPOSAL_ORIGIN,
        MATCH_OUTCOME,
        COOP_RELATION,
        COOP_INTENSITY,
        AGREEMENT_KIND,
        TIE_KIND,
    )
}
