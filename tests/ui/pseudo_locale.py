"""A pseudo-locale: every translated string comes back accented and 40% longer.

Installed as a translator, it shows on a fixed-size screen which text would overflow in a
longer language (French and Dutch run 15–35% longer than English) before real translations
arrive, and that every string goes through tr(): one that does not stays plain English.
Placeholders (%1, %n) and the ✓ ⚠ › marks are kept as they are.
"""

import math
import re

from PySide6.QtCore import QTranslator

STRETCH = 1.4
ACCENTED = str.maketrans(
    "AEIOUYaeiouycnsCNS", "ÅÉÎÖÛŸåéîöûÿçñšÇÑŠ"
)
PLACEHOLDER = re.compile(r"(%(?:\d+|n|L1))")
PAD = "·"


def stretched(text: str) -> str:
    """`text` with its letters accented and padded to 140% of its length; placeholders
    intact. The padding is spread over the words, so word wrapping still has places to
    break and no single word grows unbreakably long."""
    if not text:
        return text
    parts = PLACEHOLDER.split(text)
    accented = "".join(part if PLACEHOLDER.fullmatch(part) else part.translate(ACCENTED)
                       for part in parts)
    missing = math.ceil(len(text) * (STRETCH - 1))
    words = accented.split(" ")
    per_word, extra = divmod(missing, len(words))
    padded = [word + PAD * (per_word + (index < extra)) for index, word in enumerate(words)]
    return " ".join(padded)


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return stretched(source_text)

    def isEmpty(self) -> bool:
        return False
