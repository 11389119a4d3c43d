"""The coordinator PIN: at least 6 digits, kept only as an Argon2id hash."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.core.errors import ValidationError

MIN_DIGITS = 6
MAX_DIGITS = 12

# RFC 9106 / OWASP minimum for Argon2id: 19 MiB, 2 passes.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def check_pin(pin: str) -> str:
    if not pin.isascii() or not pin.isdigit():
        raise ValidationError("pin", "use digits only", reason="digits_only")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise ValidationError(
            "pin", f"use {MIN_DIGITS} to {MAX_DIGITS} digits",
            reason="digit_count", low=MIN_DIGITS, high=MAX_DIGITS,
        )
    if len(set(pin)) == 1 or pin in "01234567890" or pin in "98765432109":
        raise ValidationError(
            "pin", "too easy to guess (repeated or sequential digits)", reason="too_easy"
        )
    return pin


def hash_pin(pin: str) -> str:
    return _HASHER.hash(check_pin(pin))


def pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
