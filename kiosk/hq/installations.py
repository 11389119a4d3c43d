"""A site's token is bound to the desk installation that first sends with it.

A desk sends its installation id (a random id made once, kept in its database) in the
`X-Kiosk-Installation` header. Headquarters keeps its SHA-256 on the site at the first
packet, and from then on refuses (409) a packet from any other installation with that
token, so two desks given one token cannot overwrite each other's counts; `kiosk-hq
reissue-site` gives a new token and forgets the binding. A desk too old to send the header
is accepted only while the site is not bound.
"""

import hashlib
import re

from sqlalchemy import select

from kiosk.hq.models import AdminLogRow, SiteRow
from kiosk.hq.store import HqStore

HEADER = "X-Kiosk-Installation"
INSTALLATION_PATTERN = r"^[A-Za-z0-9-]{16,64}$"
INSTALLATION = re.compile(INSTALLATION_PATTERN)
NONE = ""  # what anchors and bindings use for a desk that sends no installation id


class InstallationRefused(Exception):
    """The request's installation is not the one the site is bound to (or is malformed)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def installation_hash(installation: str) -> str:
    return hashlib.sha256(installation.encode("ascii")).hexdigest()


def bind_installation(store: HqStore, site_id: str, installation: str | None) -> str:
    """The installation's hash once the site is bound to it (binding it on first use);
    NONE for a desk without an id on an unbound site. Raises InstallationRefused."""
    if installation is not None and not INSTALLATION.fullmatch(installation):
        raise InstallationRefused(422, f"{HEADER}: expected 16 to 64 letters, digits or dashes")
    with store.transaction() as session:
        bound = session.execute(
            select(SiteRow.installation_hash).where(SiteRow.site_id == site_id)
        ).scalar_one_or_none()
    if installation is None:
        if bound is not None:
            raise InstallationRefused(
                409,
                f"{HEADER}: this site's token is bound to a desk installation and this "
                "request names none; update the kiosk",
            )
        return NONE
    wanted = installation_hash(installation)
    if bound == wanted:
        return wanted
    if bound is None:
        with store.transaction(write=True) as session:
            row = session.get(SiteRow, site_id, with_for_update=True)
            assert row is not None
            if row.installation_hash is None:
                row.installation_hash = wanted
                session.add(
                    AdminLogRow(day=store.today(), account="", action="site-bound", subject=site_id)
                )
            bound = row.installation_hash
        if bound == wanted:
            return wanted
    raise InstallationRefused(
        409,
        f"{HEADER}: this site's token is already used by another desk installation; two "
        f"desks must not share a token (headquarters: `kiosk-hq reissue-site {site_id}`)",
    )
