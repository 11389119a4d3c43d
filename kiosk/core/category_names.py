"""The names of the counts' category codes (sex, age band, flag, referral, language,
nationality) in English, Dutch and French, for readers outside the desk (headquarters'
dashboard). They are the desk's own words: the same as kiosk/ui/labels.py and its Dutch and
French translations (tests/core/test_category_names.py holds them to translations/*.ts).
Files and the API keep the codes; only pages show these names.
"""

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.countries import STATELESS, UNKNOWN, is_nationality, local_name
from kiosk.core.disclosure import OTHER

NAME_LANGUAGES = ("en", "nl", "fr")

# code: (en, nl, fr)
SEXES: dict[str, tuple[str, str, str]] = {
    Sex.FEMALE: ("Female", "Vrouw", "Femme"),
    Sex.MALE: ("Male", "Man", "Homme"),
    Sex.OTHER: ("Other", "Anders", "Autre"),
    Sex.UNKNOWN: ("Not said", "Niet opgegeven", "Non précisé"),
}
AGE_BANDS: dict[str, tuple[str, str, str]] = {
    AgeBand.AGE_0_4: ("0–4 years", "0–4 jaar", "0–4 ans"),
    AgeBand.AGE_5_11: ("5–11 years", "5–11 jaar", "5–11 ans"),
    AgeBand.AGE_12_17: ("12–17 years", "12–17 jaar", "12–17 ans"),
    AgeBand.AGE_18_25: ("18–25 years", "18–25 jaar", "18–25 ans"),
    AgeBand.AGE_26_59: ("26–59 years", "26–59 jaar", "26–59 ans"),
    AgeBand.AGE_60_PLUS: ("60 years or older", "60 jaar of ouder", "60 ans ou plus"),
}
FLAGS: dict[str, tuple[str, str, str]] = {
    Flag.UNACCOMPANIED_MINOR: (
        "Unaccompanied minor",
        "Niet-begeleide minderjarige",
        "Mineur non accompagné",
    ),
    Flag.PREGNANT: ("Pregnant", "Zwanger", "Enceinte"),
    Flag.MEDICAL_NEED: ("Medical need", "Medische nood", "Besoin médical"),
    Flag.NEEDS_SHELTER: (
        "Needs shelter tonight",
        "Heeft vannacht opvang nodig",
        "A besoin d'un abri cette nuit",
    ),
}
REFERRALS: dict[str, tuple[str, str, str]] = {
    Referral.MEDICAL_POINT: ("Medical point", "Medische post", "Point médical"),
    Referral.LEGAL_AID: ("Legal aid", "Juridische bijstand", "Aide juridique"),
    Referral.INFO_POINT: ("Info Point", "Info Point", "Info Point"),
    Referral.SHELTER: ("Shelter", "Noodopvang", "Hébergement d'urgence"),
    Referral.GUARDIANSHIP: ("Guardianship service", "Dienst Voogdij", "Service des Tutelles"),
    Referral.HUMANITARIAN_HUB: ("Humanitarian Hub", "Humanitaire Hub", "Hub humanitaire"),
}
LANGUAGES: dict[str, tuple[str, str, str]] = {
    "ar": ("Arabic", "Arabisch", "Arabe"),
    "prs": ("Dari", "Dari", "Dari"),
    "ps": ("Pashto", "Pasjtoe", "Pachto"),
    "ti": ("Tigrinya", "Tigrinya", "Tigrigna"),
    "fr": ("French", "Frans", "Français"),
    "en": ("English", "Engels", "Anglais"),
    "tr": ("Turkish", "Turks", "Turc"),
    "kmr": ("Kurdish (Kurmanji)", "Koerdisch (Kurmanci)", "Kurde (kurmandji)"),
    "ckb": ("Kurdish (Sorani)", "Koerdisch (Sorani)", "Kurde (sorani)"),
    "nl": ("Dutch", "Nederlands", "Néerlandais"),
    "ru": ("Russian", "Russisch", "Russe"),
    "ka": ("Georgian", "Georgisch", "Géorgien"),
    "so": ("Somali", "Somalisch", "Somali"),
    "es": ("Spanish", "Spaans", "Espagnol"),
    "am": ("Amharic", "Amhaars", "Amharique"),
    "ur": ("Urdu", "Urdu", "Ourdou"),
}
NATIONALITIES_APART: dict[str, tuple[str, str, str]] = {
    STATELESS: ("Stateless", "Staatloos", "Apatride"),
    UNKNOWN: ("Unknown nationality", "Nationaliteit onbekend", "Nationalité inconnue"),
}
# Languages and nationalities too rare to count apart (kiosk/core/disclosure.py): not a
# desk word, as the desk never shows this merged cell.
RARE_TOGETHER = (
    "Other (rare ones together)",
    "Andere (zeldzame samen)",
    "Autres (rares, ensemble)",
)
BY_BREAKDOWN: dict[str, dict[str, tuple[str, str, str]]] = {
    "by_sex": SEXES,
    "by_age_band": AGE_BANDS,
    "by_flag": FLAGS,
    "by_referral": REFERRALS,
    "by_language": LANGUAGES,
}


def category_name(breakdown: str, code: str, language: str) -> str:
    """A category's name in `language` (en, nl, fr; else English); an unknown code as is."""
    column = NAME_LANGUAGES.index(language) if language in NAME_LANGUAGES else 0
    if code == OTHER and breakdown in ("by_nationality", "by_language"):
        return RARE_TOGETHER[column]
    if breakdown == "by_nationality":
        if code in NATIONALITIES_APART:
            return NATIONALITIES_APART[code][column]
        return local_name(code, NAME_LANGUAGES[column]) if is_nationality(code) else code
    names = BY_BREAKDOWN.get(breakdown, {}).get(code)
    return code if names is None else names[column]
