"""Hypothesis strategies for the text people and scanners actually produce, and worse.

Right-to-left and directional marks, zero-width and invisible formatting characters,
combining marks on nothing, control characters, and 10,000-character strings, alone or
sprinkled into otherwise good values (so a check that only looks at the start is caught).
"""

from hypothesis import strategies as st

BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e"
COMBINING = "\u0301\u0308\u0651\u064b\u0327\u20dd"
CONTROL = "\x00\x07\x1b\n\r\t\x7f\x85\u2028\u2029"
ODD = BIDI + INVISIBLE + COMBINING + CONTROL

odd_characters = st.sampled_from(ODD)


def _sprinkled(good: str, odd: str, at: int) -> str:
    at = at % (len(good) + 1)
    return good[:at] + odd + good[at:]


def strange_text(*good: str) -> st.SearchStrategy[str]:
    """Any text, text made of odd characters, 10,000-character strings, and (when given)
    good values with odd characters put in, before or after."""
    options: list[st.SearchStrategy[str]] = [
        st.text(max_size=40),
        st.text(alphabet=st.one_of(odd_characters, st.characters()), max_size=40),
        st.builds(lambda ch: ch * 10_000, st.one_of(odd_characters, st.characters())),
        st.text(min_size=10_000, max_size=10_000, alphabet="a1-:. "),
    ]
    if good:
        options.append(st.builds(
            _sprinkled, st.sampled_from(good),
            st.text(alphabet=odd_characters, min_size=1, max_size=3), st.integers(0, 40),
        ))
        options.append(st.builds(lambda g: g * 2_000, st.sampled_from(good)))
    return st.one_of(options)
