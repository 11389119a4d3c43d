"""Tokens for sites and readers: 256 random bits, stored only as their SHA-256."""

import hashlib
import secrets


def new_token() -> str:
    """A token that can be typed after `--token` as it is: it never starts with "-", which
    a command line would take for an option (token_urlsafe starts with "-" one time in 64)."""
    return "spk_" + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
