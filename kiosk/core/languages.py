"""The sixteen languages of the printed sheet, as arrivals know them."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    english_name: str
    endonym: str
    script: str
    rtl: bool


LANGUAGES: tuple[Language, ...] = (
    Language("ar", "Arabic", "العربية", "Arabic", True),
    Language("prs", "Dari", "دری", "Arabic", True),
    Language("ps", "Pashto", "پښتو", "Arabic", True),
    Language("ti", "Tigrinya", "ትግርኛ", "Ethiopic", False),
    Language("fr", "French", "Français", "Latin", False),
    Language("en", "English", "English", "Latin", False),
    Language("tr", "Turkish", "Türkçe", "Latin", False),
    Language("kmr", "Kurdish (Kurmanji)", "Kurmancî", "Latin", False),
    Language("ckb", "Kurdish (Sorani)", "کوردی", "Arabic", True),
    Language("nl", "Dutch", "Nederlands", "Latin", False),
    Language("ru", "Russian", "Русский", "Cyrillic", False),
    Language("ka", "Georgian", "ქართული", "Georgian", False),
    Language("so", "Somali", "Soomaali", "Latin", False),
    Language("es", "Spanish", "Español", "Latin", False),
    Language("am", "Amharic", "አማርኛ", "Ethiopic", False),
    Language("ur", "Urdu", "اردو", "Arabic", True),
)

BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}
LANGUAGE_CODES: tuple[str, ...] = tuple(BY_CODE)


def language(code: str) -> Language:
    return BY_CODE[code]
