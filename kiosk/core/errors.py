"""Errors that carry the name of the field that is wrong."""


class ValidationError(ValueError):
    """A value given by a person (volunteer, coordinator, command line) is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
