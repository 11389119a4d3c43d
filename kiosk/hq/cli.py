"""`kiosk-hq`: run headquarters' server and manage its sites and readers.

    kiosk-hq serve --db URL [--host 127.0.0.1] [--port 8080] [--tls-cert F --tls-key F]
                   [--keep-keys-days N] [--public [--public-k K]]
    kiosk-hq add-site SITE_ID --name NAME       prints the site's token on its last line
    kiosk-hq revoke-site SITE_ID
    kiosk-hq reissue-site SITE_ID               a new token, unbound from the old desk
    kiosk-hq add-reader NAME                    prints the reader's token on its last line
    kiosk-hq revoke-reader ID_OR_NAME           refused at once from the next request on
    kiosk-hq readers                            every reader, active or revoked
    kiosk-hq admin-log                          what was done to sites, readers, accounts
    kiosk-hq audit-check [--site ID]            desks whose audit chain was rewritten
    kiosk-hq add-user NAME --role viewer|admin [--language en|nl|fr]
                                                prints a one-time password on its last line
    kiosk-hq export-dhis2 --date D --mapping FILE [--site ID] [--out FILE]

Every command takes --db URL (or $KIOSK_HQ_DB) and first brings the database to the newest
schema (kiosk/hq/migrations). A refusal is one line naming the field, exit code 2. The
time comes from kiosk.core.clock (KIOSK_CLOCK starts it at a given instant).
"""

import argparse
import dataclasses
import gc
import json
import socket
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.clock import BadClockSetting, clock_from_environment
from kiosk.core.errors import ValidationError
from kiosk.core.public_weeks import DEFAULT_PUBLIC_K
from kiosk.core.site import check_site_id
from kiosk.hq.database import DB_ENV
from kiosk.hq.settings import KEEP_KEYS_DAYS, KEEP_KEYS_ENV, HqSettings
from kiosk.hq.store import HqStore

PROG = "kiosk-hq"
REFUSED = 2


class UsageError(Exception):
    pass


class CommandLine(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> CommandLine:
    parser = CommandLine(prog=PROG, description="Startpunt headquarters: receives daily counts.")
    common = CommandLine(add_help=False)
    common.add_argument(
        "--db", metavar="URL", help=f"sqlite:///FILE or postgresql://... (default: ${DB_ENV})"
    )
    commands = parser.add_subparsers(title="commands", dest="command", metavar="command")
    commands.required = True

    serve = commands.add_parser("serve", parents=[common], help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    serve.add_argument("--tls-cert", metavar="FILE", help="serve HTTPS with this certificate")
    serve.add_argument("--tls-key", metavar="FILE", help="the certificate's private key")
    serve.add_argument("--access-log", action="store_true", help="log every request")
    serve.add_argument(
        "--keep-keys-days",
        type=int,
        metavar="N",
        help=f"forget idempotency keys after N days (default: ${KEEP_KEYS_ENV} "
        f"or {KEEP_KEYS_DAYS})",
    )
    serve.add_argument(
        "--wrong-tokens",
        metavar="N/SECONDS",
        default="20/60",
        help="answer 429 to an address after N wrong tokens within SECONDS (default 20/60)",
    )
    serve.add_argument(
        "--body-seconds",
        type=float,
        metavar="S",
        default=10.0,
        help="close a request whose body has not arrived S seconds after its headers",
    )
    serve.add_argument(
        "--trusted-proxy",
        metavar="ADDRESSES",
        default="127.0.0.1",
        help="proxies whose X-Forwarded-For names the client (comma-separated; default 127.0.0.1)",
    )
    serve.add_argument(
        "--public",
        action="store_true",
        help="publish weekly totals of all sites, rounded and suppressed, to anyone at "
        "/public and /api/v1/public/weeks.json (default: off, 404)",
    )
    serve.add_argument(
        "--public-k",
        type=int,
        metavar="K",
        default=DEFAULT_PUBLIC_K,
        help=f"suppress published figures from 1 to K-1 (default {DEFAULT_PUBLIC_K})",
    )
    serve.set_defaults(run=run_serve)

    add_site = commands.add_parser("add-site", parents=[common], help="add a site, print token")
    add_site.add_argument("site_id", metavar="SITE_ID")
    add_site.add_argument("--name", required=True)
    add_site.set_defaults(run=run_add_site)

    revoke = commands.add_parser("revoke-site", parents=[common], help="revoke a site's token")
    revoke.add_argument("site_id", metavar="SITE_ID")
    revoke.set_defaults(run=run_revoke_site)

    reissue = commands.add_parser(
        "reissue-site",
        parents=[common],
        help="a new token for a site, bound to the next desk that sends with it",
    )
    reissue.add_argument("site_id", metavar="SITE_ID")
    reissue.set_defaults(run=run_reissue_site)

    revoke_reader = commands.add_parser(
        "revoke-reader", parents=[common], help="revoke a reader's token (by id or name)"
    )
    revoke_reader.add_argument("reader", metavar="ID_OR_NAME")
    revoke_reader.set_defaults(run=run_revoke_reader)

    readers = commands.add_parser("readers", parents=[common], help="list the readers")
    readers.set_defaults(run=run_readers)

    admin_log = commands.add_parser(
        "admin-log",
        parents=[common],
        help="what was done to sites, readers and accounts (command line and web)",
    )
    admin_log.set_defaults(run=run_admin_log)

    audit_check = commands.add_parser(
        "audit-check", parents=[common], help="desks whose audit chain was rewritten"
    )
    audit_check.add_argument("--site", metavar="SITE_ID", help="one site only (default: all)")
    audit_check.set_defaults(run=run_audit_check)

    reader = commands.add_parser("add-reader", parents=[common], help="add a reader, print token")
    reader.add_argument("name", metavar="NAME")
    reader.set_defaults(run=run_add_reader)

    user = commands.add_parser(
        "add-user", parents=[common], help="add a web dashboard account, print its password"
    )
    user.add_argument("name", metavar="NAME")
    user.add_argument("--role", required=True, help="viewer or admin")
    user.add_argument("--language", default="en", help="en, nl or fr (default: en)")
    user.set_defaults(run=run_add_user)

    export = commands.add_parser(
        "export-dhis2", parents=[common], help="a day as a DHIS2 dataValueSets document"
    )
    export.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--mapping", required=True, metavar="FILE", help="mapping settings (JSON)")
    export.add_argument("--site", metavar="SITE_ID", help="one site only (default: all)")
    export.add_argument("--out", metavar="FILE", help="write here (default: standard output)")
    export.set_defaults(run=run_export_dhis2)
    return parser


def _settings(args: argparse.Namespace) -> HqSettings:
    return HqSettings.from_environment(args.db, getattr(args, "keep_keys_days", None))


def _store(settings: HqSettings) -> HqStore:
    """The database, migrated to the newest schema, on the one clock."""
    return HqStore.open(settings.db_url, clock_from_environment())


def run_add_site(args: argparse.Namespace) -> int:
    store = _store(_settings(args))
    try:
        token = store.add_site(args.site_id, args.name)
    finally:
        store.close()
    print(f"Added site {args.site_id}. Its token (shown once; enter it with `kiosk connect`):")
    print(token)
    return 0


def run_revoke_site(args: argparse.Namespace) -> int:
    store = _store(_settings(args))
    try:
        store.revoke_site(check_site_id(args.site_id))
    finally:
        store.close()
    print(f"Revoked the token of {args.site_id}; its packets stay.")
    return 0


def run_reissue_site(args: argparse.Namespace) -> int:
    store = _store(_settings(args))
    try:
        token = store.reissue_site(check_site_id(args.site_id))
    finally:
        store.close()
    print(
        f"Re-issued {args.site_id}: its old token no longer works, and the next desk to send "
        "with this one is bound to it (enter it with `kiosk connect`):"
    )
    print(token)
    return 0


def run_revoke_reader(args: argparse.Namespace) -> int:
    store = _store(_settings(args))
    try:
        reader_id, name = store.revoke_reader(args.reader)
    finally:
        store.close()
    print(f"Revoked the token of reader {reader_id} ({name}); it is refused from now on.")
    return 0


def run_readers(args: argparse.Namespace) -> int:
    store = _store(_settings(args))
    try:
        readers = store.readers()
    finally:
        store.close()
    for reader_id, name, added, revoked in readers:
        state = "active" if revoked is None else f"revoked on {revoked.isoformat()}"
        print(f"{reader_id}\t{name}\tadded on {added.isoformat()}\t{state}")
    if not readers:
        print("No readers.")
    return 0


COMMAND_LINE = "(command line)"  # the admin log's account for what no web account did


def run_admin_log(args: argparse.Namespace) -> int:
    store = _store(_settings(args))
    try:
        lines = store.admin_log()
    finally:
        store.close()
    for day, account, action, subject in lines:
        print(f"{day.isoformat()}\t{account or COMMAND_LINE}\t{action}\t{subject}")
    return 0


def run_audit_check(args: argparse.Namespace) -> int:
    """Exit 0 when every desk's chain extends what it anchored before, 1 otherwise."""
    from kiosk.hq.audit_anchors import audit_findings

    site = None if args.site is None else check_site_id(args.site)
    store = _store(_settings(args))
    try:
        checked, findings = audit_findings(store, site)
    finally:
        store.close()
    for finding in findings:
        print(finding)
    rewritten = len({finding.split(":", 1)[0] for finding in findings})
    print(f"{checked} site(s) checked, {rewritten} with a rewritten audit chain.")
    return 1 if findings else 0


def run_add_reader(args: argparse.Namespace) -> int:
    store = _store(_settings(args))
    try:
        token = store.add_reader(args.name)
    finally:
        store.close()
    print(f"Added reader {args.name.strip()}. Their token (shown once):")
    print(token)
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    from kiosk.hq.accounts import Accounts

    store = _store(_settings(args))
    try:
        password = Accounts(store.engine, store.clock).add(args.name, args.role, args.language)
    finally:
        store.close()
    print(
        f"Added {args.role} {args.name.strip().lower()}. Their one-time password (shown once; "
        "they choose their own at first sign-in):"
    )
    print(password)
    return 0


def run_export_dhis2(args: argparse.Namespace) -> int:
    from kiosk.hq.dhis2 import data_value_set, load_mapping

    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise ValidationError("date", f"{args.date[:20]!r} is not a date like 2026-11-26") from None
    site = None if args.site is None else check_site_id(args.site)
    mapping = load_mapping(Path(args.mapping))
    store = _store(_settings(args))
    try:
        rows = store.days(day, day, site)
    finally:
        store.close()
    document, warnings = data_value_set(rows, mapping)
    for warning in warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    text = json.dumps(document, indent=2) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"Wrote {len(document['dataValues'])} data values to {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def _serve_settings(args: argparse.Namespace) -> HqSettings:
    """The settings, with the serve command's limits for hostile clients."""
    limit, _, window = str(args.wrong_tokens).partition("/")
    if not (limit.isdigit() and window.isdigit()):
        raise ValidationError("wrong tokens", "expected N/SECONDS, e.g. 20/60")
    return dataclasses.replace(
        _settings(args),
        wrong_tokens_limit=int(limit),
        wrong_tokens_window=int(window),
        body_seconds=args.body_seconds,
        public=args.public,
        public_k=args.public_k,
    )


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from kiosk.hq.api import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        raise ValidationError("tls", "give both --tls-cert and --tls-key")
    if not 0 <= args.port <= 65535:
        raise ValidationError("port", "must be between 0 and 65535")
    settings = _serve_settings(args)
    store = _store(settings)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say they are
    # TCP, and without it every keep-alive answer waits 40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as error:
        sock.close()
        raise ValidationError(
            "port", f"cannot listen on {args.host}:{args.port}: {error.strerror}"
        ) from None
    sock.listen(2048)  # connections queue from now on, before the server loop starts
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(store, settings),
        log_level="warning",
        access_log=args.access_log,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        timeout_graceful_shutdown=5,
        server_header=False,
        proxy_headers=True,
        forwarded_allow_ips=args.trusted_proxy,
    )
    server = uvicorn.Server(config)
    # What start-up made (modules, the app, its templates and engine) is never garbage:
    # kept out of the collector's passes, so that a full pass during a request (pages
    # make many short-lived objects) walks only what requests made.
    gc.freeze()
    scheme = "https" if args.tls_cert else "http"
    shown = f"[{args.host}]" if family == socket.AF_INET6 else args.host
    print(f"{PROG}: serving on {scheme}://{shown}:{port}", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        store.close()
        sock.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        return _refuse(str(error))
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    try:
        code: int = args.run(args)
        return code
    except ValidationError as error:
        return _refuse(f"{error.field}: {error.message}")
    except BadClockSetting as error:
        return _refuse(str(error))
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        return _refuse(f"db: {' '.join(str(reason).split())[:300]}")
    except OSError as error:
        return _refuse(f"file: {error.strerror or error}")
    except KeyboardInterrupt:
        return _refuse("interrupted")


def _refuse(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return REFUSED


if __name__ == "__main__":
    sys.exit(main())
