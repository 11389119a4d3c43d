"""Errors that carry the name of the field that is wrong, and why, in a form a screen can word.

`message` is English and is what the command line and the logs show. A screen shows the
volunteer's language instead: it words the refusal from `reason`, a stable code shared by
many checks (e.g. "too_long"), and `values`, the numbers or short texts that sentence
needs (e.g. limit=80, got=95). The message never has to be taken apart for that.
"""

# A refused value is echoed in at most this many characters: it can be anything that was
# typed or pasted, a whole paragraph included.
SHOWN_LENGTH = 40


class ValidationError(ValueError):
    """A value given by a person (volunteer, coordinator, command line) is not acceptable."""

    def __init__(
        self, field: str, message: str, *, reason: str | None = None, **values: str | int
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.reason = reason
        self.values: dict[str, str | int] = dict(values)

    def renamed(self, field: str) -> "ValidationError":
        """The same refusal naming another field (a setting's key rather than the check's)."""
        return ValidationError(field, self.message, reason=self.reason, **self.values)


def quoted(value: object, length: int = SHOWN_LENGTH) -> str:
    """A refused value as it can be echoed safely: cut short, quoted, and with control and
    invisible characters (bidi overrides included) written out as escapes by repr()."""
    text = str(value)
    clipped = text if len(text) <= length else text[:length] + "…"
    return repr(clipped)
