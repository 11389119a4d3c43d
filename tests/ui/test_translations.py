"""The committed translations (translations/kiosk_*.ts and .qm) are complete and current.

`make translations` extracts the strings with pyside6-lupdate and builds the .qm files with
pyside6-lrelease; these tests fail when a string is left untranslated, a placeholder is lost,
the code has strings the .ts files do not know (or the other way round), or a .qm file was
not rebuilt after its .ts changed.
"""

import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kiosk.core.site import VOLUNTEER_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
UI = ROOT / "kiosk" / "ui"
NUMERUS_FORMS = {"nl": 2, "fr": 2, "en": 2}
# %1..%9 with an optional L (%L1), %n and %Ln, and Python-style {name}.
PLACEHOLDER = r"%L?[1-9]|%L?n|\{[A-Za-z_][A-Za-z0-9_]*\}"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    kind: str | None  # the type attribute of <translation>: unfinished, vanished, obsolete
    texts: tuple[str, ...]  # one translation, or one per <numerusform>
    numerus: bool

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"kiosk_{code}.ts"


def read_ts(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            forms = translation.findall("numerusform")
            texts = (tuple(form.text or "" for form in forms) if numerus
                     else (translation.text or "",))
            found.append(Message(name, message.findtext("source") or "",
                                 translation.get("type"), texts, numerus))
    return found


def in_use(messages: list[Message]) -> set[tuple[str, str]]:
    """(context, source) of the messages the code still has (lupdate keeps the others)."""
    return {(m.context, m.source) for m in messages if m.kind not in ("vanished", "obsolete")}


def linguist_tool(name: str) -> str:
    """pyside6-lupdate or -lrelease of the Python that runs the tests."""
    tool = Path(sys.executable).parent / f"pyside6-{name}"
    if not tool.exists():
        pytest.fail(f"{tool} is missing: PySide6 installs it (pip install -e '.[test]')")
    return str(tool)


def placeholders(text: str) -> Counter[str]:
    return Counter(re.findall(PLACEHOLDER, text))


def _is_edge(char: str) -> bool:
    """Marks like ✓ ‹ › + ⚠ and the spaces beside them; letters, digits and .,:?% are not."""
    category = unicodedata.category(char)
    return category[0] == "S" or category in ("Pi", "Pf", "Zs")


def edges(text: str) -> tuple[str, str]:
    """The symbols a text starts and ends with (e.g. "✓ " and "  ›")."""
    start = 0
    while start < len(text) and _is_edge(text[start]):
        start += 1
    end = len(text)
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    lead, trail = text[:start], text[end:]
    return (lead if lead.strip() else "", trail if trail.strip() else "")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """Copies of the committed .ts files, updated by pyside6-lupdate from the code as it is."""
    folder = tmp_path_factory.mktemp("lupdate")
    copies = []
    for code in VOLUNTEER_LANGUAGES:
        copy = folder / ts_file(code).name
        shutil.copyfile(ts_file(code), copy)
        copies.append(str(copy))
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run([linguist_tool("lupdate"), *sources, "-ts", *copies],
                   check=True, capture_output=True)
    return {code: read_ts(folder / ts_file(code).name) for code in VOLUNTEER_LANGUAGES}


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_every_screen_language_has_its_ts_and_qm(code: str) -> None:
    """Each language the volunteer can pick (NL / FR / EN) ships a .ts and a built .qm file."""
    assert ts_file(code).is_file(), f"{ts_file(code)} is missing: run `make translations`"
    assert ts_file(code).with_suffix(".qm").is_file(), (
        f"{ts_file(code).with_suffix('.qm')} is missing: run `make translations`")
    language = ET.parse(ts_file(code)).getroot().get("language") or ""
    assert language.split("_")[0] == code, f"{ts_file(code).name} says language={language!r}"


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_every_message_is_translated(code: str) -> None:
    """No message is unfinished, empty, vanished or obsolete; numerus messages have every form."""
    messages = read_ts(ts_file(code))
    assert messages, f"{ts_file(code).name} has no messages"
    problems = []
    for message in messages:
        if message.kind is not None:
            problems.append(f"{message}: type={message.kind!r}")
        if any(not text.strip() for text in message.texts):
            problems.append(f"{message}: empty translation")
        if message.numerus and len(message.texts) != NUMERUS_FORMS[code]:
            problems.append(f"{message}: {len(message.texts)} plural forms, "
                            f"{code} needs {NUMERUS_FORMS[code]}")
    assert not problems, "\n".join(problems)


def test_english_is_the_source_text_itself() -> None:
    """English is a complete locale: each translation is exactly the English source string."""
    problems = [f"{m}: translated as {m.texts!r}" for m in read_ts(ts_file("en"))
                if any(text != m.source for text in m.texts)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_placeholders_are_kept(code: str) -> None:
    """Each translation has the same placeholders as its source (%1, %L1, %n, {name}), as often."""
    problems = []
    for message in read_ts(ts_file(code)):
        wanted = placeholders(message.source)
        for text in message.texts:
            if placeholders(text) != wanted:
                problems.append(f"{message}: {text!r} has {sorted(placeholders(text).elements())}"
                                f", the source {sorted(wanted.elements())}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_leading_and_trailing_symbols_are_kept(code: str) -> None:
    """A source that starts or ends with a mark ("✓ ", "‹ ", " ›", "+ ") keeps it translated."""
    problems = []
    for message in read_ts(ts_file(code)):
        for text in message.texts:
            if edges(text) != edges(message.source):
                problems.append(f"{message}: {text!r} starts/ends with {edges(text)}, "
                                f"the source with {edges(message.source)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_ts_files_are_up_to_date_with_the_code(
    code: str, refreshed: dict[str, list[Message]]
) -> None:
    """pyside6-lupdate over kiosk/ui finds exactly the strings the committed .ts file has."""
    committed = in_use(read_ts(ts_file(code)))
    current = in_use(refreshed[code])
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new and not gone, (
        f"{ts_file(code).name} is out of date; run `make translations` and translate.\n"
        + "".join(f"  new in the code: {c}: {s!r}\n" for c, s in new)
        + "".join(f"  no longer in the code: {c}: {s!r}\n" for c, s in gone)
    )


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_qm_is_built_from_the_committed_ts(code: str, tmp_path: Path) -> None:
    """The committed .qm is byte for byte what pyside6-lrelease makes of the committed .ts."""
    built = tmp_path / f"kiosk_{code}.qm"
    subprocess.run([linguist_tool("lrelease"), "-silent", str(ts_file(code)), "-qm", str(built)],
                   check=True, capture_output=True)
    committed = ts_file(code).with_suffix(".qm")
    assert committed.is_file(), f"{committed} is missing: run `make translations`"
    same = committed.read_bytes() == built.read_bytes()
    assert same, f"{committed.name} is older than {ts_file(code).name}: run `make translations`"


@pytest.mark.parametrize("code", VOLUNTEER_LANGUAGES)
def test_qt_loads_the_qm_and_translates_every_message(code: str) -> None:
    """The .qm file loads in a QTranslator and gives back the .ts translation of each string."""
    translator = QTranslator()
    assert translator.load(f"kiosk_{code}", str(TRANSLATIONS)), f"kiosk_{code}.qm does not load"
    problems = []
    for message in read_ts(ts_file(code)):
        if message.numerus or message.kind is not None:
            continue
        shown = translator.translate(message.context, message.source)
        if shown != message.texts[0]:
            problems.append(f"{message}: Qt shows {shown!r}, the .ts has {message.texts[0]!r}")
    assert not problems, "\n".join(problems)
