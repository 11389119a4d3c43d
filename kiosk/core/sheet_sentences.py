"""What of a sheet paragraph is printed: a sentence whose setting is empty is left out.

An address, opening hours or a phone number the coordinator has not typed is never guessed:
the sentence that would print it ("Open {soup_hours}.") is dropped, the rest of its
paragraph stays. Sentences end at . ! ? and their counterparts in the sheet's scripts
(Arabic ؟, Urdu ۔, Ethiopic ። and ፧), followed by a space.
"""

import re
from collections.abc import Mapping

from kiosk.core.printed_info import HOURS
from kiosk.core.sheet_text import fill, placeholders_in

_SENTENCE_END = re.compile(r"(?<=[.!?؟۔።፧])\s+")


def sentences_of(paragraph: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(paragraph.strip()) if part]


def printed(paragraph: str, values: Mapping[str, str], isolate: bool = True) -> str:
    """The paragraph filled in, without the sentences that name an empty setting ("" when
    none is left: the paragraph is not printed at all)."""
    kept = [
        sentence
        for sentence in sentences_of(paragraph)
        if all(str(values.get(name, "x")).strip() for name in placeholders_in(sentence))
    ]
    if len(kept) == len(sentences_of(paragraph)):
        return fill(paragraph, values, isolate, HOURS)
    return fill(" ".join(kept), values, isolate, HOURS)


def printed_paragraphs(
    paragraphs: tuple[str, ...] | list[str], values: Mapping[str, str], isolate: bool = True
) -> list[str]:
    """The paragraphs as printed: filled in, empty settings' sentences and empty paragraphs
    left out."""
    return [text for text in (printed(p, values, isolate) for p in paragraphs) if text]
