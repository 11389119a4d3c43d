"""The connection to headquarters: where it is and the kiosk's token. No network here."""

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from kiosk.core.errors import ValidationError

TOKEN = re.compile(r"[A-Za-z0-9._~-]{20,200}")


@dataclass(frozen=True, slots=True)
class HqConnection:
    """Headquarters' base URL (no trailing slash), this kiosk's token, an optional CA bundle,
    and this installation's id (headquarters binds the token to the first that sends)."""

    url: str
    token: str
    ca_bundle: str | None = None
    installation_id: str | None = None

    def __repr__(self) -> str:  # the token never ends up in a log
        return f"HqConnection(url={self.url!r}, token='…', ca_bundle={self.ca_bundle!r})"


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1: the same machine, where plain http cannot be overheard."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_hq_url(value: str) -> str:
    """An https URL; http only for loopback; no user, query or fragment."""
    text = value.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ValidationError(
            "hq url", f"{text[:60]!r} is not a URL", reason="not_an_address"
        ) from None
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        raise ValidationError(
            "hq url", "use an https:// address, e.g. https://hq.example.org", reason="not_https"
        )
    if parts.scheme == "http" and not is_loopback(host):
        raise ValidationError(
            "hq url",
            "plain http:// is only accepted for this machine (127.0.0.1); use https://",
            reason="not_https",
        )
    if parts.username or parts.password:
        raise ValidationError(
            "hq url", "must not hold a user name or password; use --token",
            reason="address_extras",
        )
    if parts.query or parts.fragment:
        raise ValidationError(
            "hq url", "must not have a query (?...) or fragment (#...)", reason="address_extras"
        )
    if port == 0:
        raise ValidationError("hq url", "port 0 is not a port", reason="not_an_address")
    return text.rstrip("/")


def check_token(value: str) -> str:
    token = value.strip()
    if not TOKEN.fullmatch(token):
        raise ValidationError(
            "token", "expected the 20 to 200 character token printed by `kiosk-hq add-site`",
            reason="not_a_token", low=20, high=200,
        )
    return token


def check_ca_bundle(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if "\n" in value or "\x00" in value:
        raise ValidationError("ca bundle", "must be the path of a PEM file", reason="not_a_file")
    return value.strip()


def make_hq_connection(url: str, token: str, ca_bundle: str | None = None) -> HqConnection:
    return HqConnection(check_hq_url(url), check_token(token), check_ca_bundle(ca_bundle))
