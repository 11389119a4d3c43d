"""What the volunteer reads for each code of kiosk.core, in the interface language.

The texts are written out in `QCoreApplication.translate("labels", ...)` calls so that
pyside6-lupdate finds them; each function looks the label up again at call time, so a
switch of interface language shows at once.
"""

from PySide6.QtCore import QCoreApplication

from kiosk.core.codes import CHILD_BANDS, AgeBand, Flag, Referral, Sex
from kiosk.core.countries import STATELESS, UNKNOWN, local_name
from kiosk.ui.interface_language import volunteer_locale


def person_label(sex: Sex, band: AgeBand) -> str:
    """One person as the volunteer says it: a girl or a boy under 18, a woman or a man from
    18 (the party screen's counters and the confirm screen's lines)."""
    child = band in CHILD_BANDS
    if sex is Sex.FEMALE:
        if child:
            return QCoreApplication.translate("labels", "girl")
        return QCoreApplication.translate("labels", "woman")
    if sex is Sex.MALE:
        if child:
            return QCoreApplication.translate("labels", "boy")
        return QCoreApplication.translate("labels", "man")
    if sex is Sex.OTHER:
        return QCoreApplication.translate("labels", "other sex")
    return QCoreApplication.translate("labels", "sex not said")


def sex_label(sex: Sex) -> str:
    """A sex as a category of the counts, whatever the age (the party screen names people
    by `person_label`). These are the desk's words that headquarters' pages use for its
    counts by sex: kiosk/core/category_names.py is held to their translations."""
    return {
        Sex.FEMALE: QCoreApplication.translate("labels", "Female"),
        Sex.MALE: QCoreApplication.translate("labels", "Male"),
        Sex.OTHER: QCoreApplication.translate("labels", "Other"),
        Sex.UNKNOWN: QCoreApplication.translate("labels", "Not said"),
    }[sex]


def age_band_label(band: AgeBand) -> str:
    return {
        AgeBand.AGE_0_4: QCoreApplication.translate("labels", "0–4 years"),
        AgeBand.AGE_5_11: QCoreApplication.translate("labels", "5–11 years"),
        AgeBand.AGE_12_17: QCoreApplication.translate("labels", "12–17 years"),
        AgeBand.AGE_18_25: QCoreApplication.translate("labels", "18–25 years"),
        AgeBand.AGE_26_59: QCoreApplication.translate("labels", "26–59 years"),
        AgeBand.AGE_60_PLUS: QCoreApplication.translate("labels", "60 years or older"),
    }[band]


def flag_label(flag: Flag) -> str:
    return {
        Flag.UNACCOMPANIED_MINOR: QCoreApplication.translate("labels", "Unaccompanied minor"),
        Flag.PREGNANT: QCoreApplication.translate("labels", "Pregnant"),
        Flag.MEDICAL_NEED: QCoreApplication.translate("labels", "Medical need"),
        Flag.NEEDS_SHELTER: QCoreApplication.translate("labels", "Needs shelter tonight"),
    }[flag]


def referral_label(referral: Referral) -> str:
    return {
        Referral.MEDICAL_POINT: QCoreApplication.translate("labels", "Medical point"),
        Referral.LEGAL_AID: QCoreApplication.translate("labels", "Legal aid"),
        Referral.INFO_POINT: QCoreApplication.translate("labels", "Info Point"),
        Referral.SHELTER: QCoreApplication.translate("labels", "Shelter"),
        Referral.GUARDIANSHIP: QCoreApplication.translate("labels", "Guardianship service"),
        Referral.HUMANITARIAN_HUB: QCoreApplication.translate("labels", "Humanitarian Hub"),
    }[referral]


def language_name(code: str) -> str:
    """The name of an arrival's language in the volunteer's language (the grid shows endonyms)."""
    names = {
        "ar": QCoreApplication.translate("labels", "Arabic"),
        "prs": QCoreApplication.translate("labels", "Dari"),
        "ps": QCoreApplication.translate("labels", "Pashto"),
        "ti": QCoreApplication.translate("labels", "Tigrinya"),
        "fr": QCoreApplication.translate("labels", "French"),
        "en": QCoreApplication.translate("labels", "English"),
        "tr": QCoreApplication.translate("labels", "Turkish"),
        "kmr": QCoreApplication.translate("labels", "Kurdish (Kurmanji)"),
        "ckb": QCoreApplication.translate("labels", "Kurdish (Sorani)"),
        "nl": QCoreApplication.translate("labels", "Dutch"),
        "ru": QCoreApplication.translate("labels", "Russian"),
        "ka": QCoreApplication.translate("labels", "Georgian"),
        "so": QCoreApplication.translate("labels", "Somali"),
        "es": QCoreApplication.translate("labels", "Spanish"),
        "am": QCoreApplication.translate("labels", "Amharic"),
        "ur": QCoreApplication.translate("labels", "Urdu"),
    }
    return names.get(code, code)


def nationality_name(code: str) -> str:
    """A country in the volunteer's language; the two answers that are not a country too."""
    if code == STATELESS:
        return QCoreApplication.translate("labels", "Stateless")
    if code == UNKNOWN:
        return QCoreApplication.translate("labels", "Unknown nationality")
    return local_name(code, volunteer_locale())


def field_label(field: str) -> str:
    """The field a ValidationError names, as the volunteer knows it."""
    names = {
        "site id": QCoreApplication.translate("labels", "Site id"),
        "site name": QCoreApplication.translate("labels", "Site name"),
        "timezone": QCoreApplication.translate("labels", "Time zone"),
        "pin": QCoreApplication.translate("labels", "Coordinator PIN"),
        # the desk refuses a new PIN typed differently the second time under this name
        "pin again": QCoreApplication.translate("labels", "PIN again"),
        "language": QCoreApplication.translate("labels", "Language"),
        "nationality": QCoreApplication.translate("labels", "Nationality"),
        "people": QCoreApplication.translate("labels", "People"),
        "person": QCoreApplication.translate("labels", "Person"),
        "sex": QCoreApplication.translate("labels", "Sex"),
        "age band": QCoreApplication.translate("labels", "Age"),
        "flag": QCoreApplication.translate("labels", "Needs"),
        "referral": QCoreApplication.translate("labels", "Referrals"),
        "idle seconds": QCoreApplication.translate("labels", "Idle time"),
        "interface language": QCoreApplication.translate("labels", "Interface language"),
    }
    return names.get(field, field)
