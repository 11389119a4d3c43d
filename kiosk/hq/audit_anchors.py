"""Desks' audit chain heads, anchored at headquarters where the desk cannot rewrite them.

Every packet may carry the desk's audit anchor (kiosk.core.packet.AuditAnchor): the chain's
entry count N and the hash of entry N, and the chain's hashes at the counts the desk sent
before ("proofs"). Entry i's hash covers entry i-1's, so a chain's hash at count M is
fixed once written: deleting, changing or inserting an entry at or below M, even with the
chain recomputed, changes it; cutting the chain back below M leaves no hash at M at all.

Headquarters keeps every anchor per site and desk installation, with the packet's day.
A new anchor "continues" when headquarters held none for that installation, or when its
own point or one of its proofs is exactly the longest point held (count and hash): the
desk showed that its chain today still has, at that count, the hash it had then. Anything
else (a different hash there, or no point there because the chain is shorter) is kept with
continues = false, and `kiosk-hq audit-check` reports it. A desk whose site already has
anchors must keep sending them (a packet without one is refused), so it cannot go quiet.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.core.packet import AuditAnchor
from kiosk.hq.models import AuditAnchorRow
from kiosk.hq.store import HqStore


class AnchorMissing(Exception):
    """This installation sent anchors before and this packet has none."""


@dataclass(frozen=True, slots=True)
class Anchored:
    continues: bool
    longest_held: int | None  # the count headquarters held before, if any


def record_anchor(
    store: HqStore, site_id: str, installation: str, day: date, anchor: AuditAnchor | None
) -> Anchored | None:
    """Keep the packet's anchor and whether it continues what was held (None: no anchor,
    and none was ever sent by this installation). Raises AnchorMissing."""
    if anchor is None:
        with store.transaction() as session:
            held = session.execute(
                select(
                    exists().where(
                        AuditAnchorRow.site_id == site_id,
                        AuditAnchorRow.installation_hash == installation,
                    )
                )
            ).scalar_one()
        if held:
            raise AnchorMissing(site_id)
        return None
    dialect = postgresql if store.engine.dialect.name == "postgresql" else sqlite
    with store.transaction(write=True) as session:
        longest = session.execute(
            select(AuditAnchorRow.entries, AuditAnchorRow.head)
            .where(
                AuditAnchorRow.site_id == site_id,
                AuditAnchorRow.installation_hash == installation,
            )
            .order_by(AuditAnchorRow.entries.desc(), AuditAnchorRow.continues.desc())
            .limit(1)
        ).first()
        claims = {(anchor.at.entries, anchor.at.head)} | {
            (point.entries, point.head) for point in anchor.proofs
        }
        continues = longest is None or (longest[0], longest[1]) in claims
        values = {
            "site_id": site_id,
            "installation_hash": installation,
            "entries": anchor.at.entries,
            "head": anchor.at.head,
            "day": day,
            "received_on": store.today(),
            "continues": continues,
        }
        keep = dialect.insert(AuditAnchorRow).on_conflict_do_nothing()
        session.connection().execute(keep, values)
    return Anchored(continues, None if longest is None else int(longest[0]))


def audit_findings(store: HqStore, site_id: str | None = None) -> tuple[int, list[str]]:
    """How many sites have anchors, and one line per anchor that did not continue the
    chain held before it (oldest first), and per count that has two hashes."""
    query = select(AuditAnchorRow).order_by(
        AuditAnchorRow.site_id, AuditAnchorRow.received_on, AuditAnchorRow.entries
    )
    if site_id is not None:
        query = query.where(AuditAnchorRow.site_id == site_id)
    with store.transaction() as session:
        rows = session.scalars(query).all()
    findings: list[str] = []
    heads: dict[tuple[str, str, int], set[str]] = {}
    for row in rows:
        heads.setdefault((row.site_id, row.installation_hash, row.entries), set()).add(row.head)
        if not row.continues:
            findings.append(
                f"{row.site_id}: REWRITTEN: the audit chain sent with the packet of "
                f"{row.day.isoformat()} (received {row.received_on.isoformat()}, "
                f"{row.entries} entries) does not hold the hashes anchored before: entries "
                "were changed, removed or cut off at the desk"
            )
    for (site, _, entries), found in sorted(heads.items()):
        if len(found) > 1:
            findings.append(
                f"{site}: REWRITTEN: {len(found)} different hashes for the chain at "
                f"{entries} entries"
            )
    return len({row.site_id for row in rows}), findings
