"""The words of the exported reports, in Dutch, French and English (the coordinator's choice).

The screens are translated with Qt Linguist; files made on the command line cannot load Qt,
so their few words live here.
"""

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.countries import STATELESS, UNKNOWN, is_nationality, local_name
from kiosk.core.errors import ValidationError
from kiosk.core.languages import BY_CODE

REPORT_LANGUAGES = ("nl", "fr", "en")

_WORDS: dict[str, dict[str, str]] = {
    "title": {"nl": "Dagtellingen", "fr": "Comptages journaliers", "en": "Daily counts"},
    "period": {"nl": "Periode", "fr": "Période", "en": "Period"},
    "site": {"nl": "Locatie", "fr": "Site", "en": "Site"},
    "made": {"nl": "Gemaakt op", "fr": "Établi le", "en": "Made on"},
    "days": {"nl": "dagen", "fr": "jours", "en": "days"},
    "totals": {"nl": "Totalen", "fr": "Totaux", "en": "Totals"},
    "per_day": {"nl": "Mensen per dag", "fr": "Personnes par jour", "en": "People per day"},
    "count": {"nl": "Aantal", "fr": "Nombre", "en": "Count"},
    "share": {"nl": "Aandeel", "fr": "Part", "en": "Share"},
    "code": {"nl": "Code", "fr": "Code", "en": "Code"},
    "date": {"nl": "Datum", "fr": "Date", "en": "Date"},
    "none": {"nl": "Niemand in deze periode.", "fr": "Personne sur cette période.",
             "en": "Nobody in this period."},
    "page": {"nl": "Pagina", "fr": "Page", "en": "Page"},
    "to": {"nl": "tot en met", "fr": "au", "en": "to"},
    "private": {
        "nl": "Exacte lokale tellingen: kleine aantallen kunnen personen herkenbaar maken. "
              "Bewaar dit verslag veilig en deel het niet verder.",
        "fr": "Comptages locaux exacts : de petits nombres peuvent permettre d'identifier "
              "des personnes. Conservez ce rapport en lieu sûr et ne le diffusez pas.",
        "en": "Exact local counts: small numbers can identify people. "
              "Keep this report safe and do not pass it on.",
    },
    # the totals, by their names in `kiosk counts --json`
    "people": {"nl": "Mensen", "fr": "Personnes", "en": "People"},
    "parties": {"nl": "Groepen", "fr": "Groupes", "en": "Parties"},
    "children": {"nl": "Kinderen (0–17)", "fr": "Enfants (0–17)", "en": "Children (0–17)"},
    "families_with_children": {"nl": "Gezinnen met kinderen", "fr": "Familles avec enfants",
                               "en": "Families with children"},
    "unaccompanied_minors": {"nl": "Niet-begeleide minderjarigen",
                             "fr": "Mineurs non accompagnés", "en": "Unaccompanied minors"},
    "meals_served": {"nl": "Maaltijden", "fr": "Repas servis", "en": "Meals served"},
    "sheets_printed": {"nl": "Infobladen gedrukt", "fr": "Fiches imprimées",
                       "en": "Sheets printed"},
    # the breakdowns
    "by_language": {"nl": "Mensen per taal van het infoblad",
                    "fr": "Personnes par langue de la fiche",
                    "en": "People by language of the sheet"},
    "by_nationality": {"nl": "Mensen per nationaliteit", "fr": "Personnes par nationalité",
                       "en": "People by nationality"},
    "by_sex": {"nl": "Mensen per geslacht", "fr": "Personnes par sexe", "en": "People by sex"},
    "by_age_band": {"nl": "Mensen per leeftijd", "fr": "Personnes par âge",
                    "en": "People by age band"},
    "by_sex_age_band": {"nl": "Mensen per geslacht en leeftijd", "fr": "Personnes par sexe et âge",
                        "en": "People by sex and age band"},
    "by_flag": {"nl": "Groepen per nood", "fr": "Groupes par besoin", "en": "Parties by need"},
    "by_referral": {"nl": "Groepen per doorverwijzing", "fr": "Groupes par orientation",
                    "en": "Parties by referral given"},
    "sheets_by_language": {"nl": "Infobladen per taal", "fr": "Fiches par langue",
                           "en": "Sheets printed by language"},
}

_CODES: dict[str, dict[str, str]] = {
    Sex.FEMALE: {"nl": "Vrouw", "fr": "Femme", "en": "Female"},
    Sex.MALE: {"nl": "Man", "fr": "Homme", "en": "Male"},
    Sex.OTHER: {"nl": "Anders", "fr": "Autre", "en": "Other"},
    Sex.UNKNOWN: {"nl": "Niet gezegd", "fr": "Non précisé", "en": "Not said"},
    AgeBand.AGE_0_4: {"nl": "0–4 jaar", "fr": "0–4 ans", "en": "0–4 years"},
    AgeBand.AGE_5_11: {"nl": "5–11 jaar", "fr": "5–11 ans", "en": "5–11 years"},
    AgeBand.AGE_12_17: {"nl": "12–17 jaar", "fr": "12–17 ans", "en": "12–17 years"},
    AgeBand.AGE_18_25: {"nl": "18–25 jaar", "fr": "18–25 ans", "en": "18–25 years"},
    AgeBand.AGE_26_59: {"nl": "26–59 jaar", "fr": "26–59 ans", "en": "26–59 years"},
    AgeBand.AGE_60_PLUS: {"nl": "60+ jaar", "fr": "60 ans et plus", "en": "60+ years"},
    Flag.UNACCOMPANIED_MINOR: {"nl": "Niet-begeleide minderjarige",
                               "fr": "Mineur non accompagné", "en": "Unaccompanied minor"},
    Flag.PREGNANT: {"nl": "Zwanger", "fr": "Enceinte", "en": "Pregnant"},
    Flag.MEDICAL_NEED: {"nl": "Medische nood", "fr": "Besoin médical", "en": "Medical need"},
    Flag.NEEDS_SHELTER: {"nl": "Heeft vannacht opvang nodig", "fr": "Sans abri ce soir",
                         "en": "Needs shelter tonight"},
    Referral.MEDICAL_POINT: {"nl": "Medisch punt", "fr": "Point médical", "en": "Medical point"},
    Referral.LEGAL_AID: {"nl": "Juridische hulp", "fr": "Aide juridique", "en": "Legal aid"},
    Referral.INFO_POINT: {"nl": "Infopunt", "fr": "Point info", "en": "Info Point"},
    Referral.SHELTER: {"nl": "Opvang", "fr": "Hébergement", "en": "Shelter"},
    Referral.GUARDIANSHIP: {"nl": "Dienst Voogdij", "fr": "Service des Tutelles",
                            "en": "Guardianship service"},
    Referral.HUMANITARIAN_HUB: {"nl": "Humanitaire Hub", "fr": "Hub humanitaire",
                                "en": "Humanitarian Hub"},
}

_LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "ar": {"nl": "Arabisch", "fr": "Arabe"},
    "prs": {"nl": "Dari", "fr": "Dari"},
    "ps": {"nl": "Pashto", "fr": "Pachto"},
    "ti": {"nl": "Tigrinya", "fr": "Tigrigna"},
    "fr": {"nl": "Frans", "fr": "Français"},
    "en": {"nl": "Engels", "fr": "Anglais"},
    "tr": {"nl": "Turks", "fr": "Turc"},
    "kmr": {"nl": "Koerdisch (Kurmanji)", "fr": "Kurde (kurmandji)"},
    "ckb": {"nl": "Koerdisch (Sorani)", "fr": "Kurde (sorani)"},
    "nl": {"nl": "Nederlands", "fr": "Néerlandais"},
    "ru": {"nl": "Russisch", "fr": "Russe"},
    "ka": {"nl": "Georgisch", "fr": "Géorgien"},
    "so": {"nl": "Somalisch", "fr": "Somali"},
    "es": {"nl": "Spaans", "fr": "Espagnol"},
    "am": {"nl": "Amhaars", "fr": "Amharique"},
    "ur": {"nl": "Urdu", "fr": "Ourdou"},
}
_NOT_A_COUNTRY = {
    STATELESS: {"nl": "Staatloos", "fr": "Apatride", "en": "Stateless"},
    UNKNOWN: {"nl": "Onbekend", "fr": "Inconnue", "en": "Unknown"},
}


def check_report_language(language: str) -> str:
    if language not in REPORT_LANGUAGES:
        raise ValidationError("language", f"{language!r} is not one of nl, fr, en")
    return language


def word(key: str, language: str) -> str:
    return _WORDS[key][language]


def code_label(breakdown: str, code: str, language: str) -> str:
    """How a cell of a breakdown is named in the report."""
    if breakdown in ("by_language", "sheets_by_language"):
        known = BY_CODE.get(code)
        if known is None:
            return code
        return _LANGUAGE_NAMES.get(code, {}).get(language, known.english_name)
    if breakdown == "by_nationality":
        if code in _NOT_A_COUNTRY:
            return _NOT_A_COUNTRY[code][language]
        return local_name(code, language) if is_nationality(code) else code
    if breakdown == "by_sex_age_band":
        sex, _, band = code.partition(":")
        return f"{code_label('by_sex', sex, language)}, {code_label('by_age_band', band, language)}"
    return _CODES.get(code, {}).get(language, code)
