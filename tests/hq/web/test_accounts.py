"""Accounts, sessions, CSRF, lockout and roles of the web dashboard, through HTTP."""

import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.hq.models import AccountRow, WebSessionRow
from tests.hq.web.conftest import Web


def test_add_user_prints_a_one_time_password_hashed_with_argon2id(tmp_path: Path) -> None:
    """`kiosk-hq add-user` prints a password on its last line; the database holds only an
    Argon2id hash of it, and the account must change it; a bad role is one line, exit 2."""
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.hq.cli", "add-user", "Ann", "--role", "admin", "--db", url],
        capture_output=True,
        text=True,
        check=True,
    )
    password = done.stdout.strip().splitlines()[-1]
    assert len(password) >= 16
    from kiosk.hq.store import HqStore

    store = HqStore.open(url)
    with Session(store.engine) as session:
        row = session.scalars(select(AccountRow)).one()
    store.close()
    assert row.name == "ann" and row.role == "admin" and row.must_change_password
    assert row.password_hash.startswith("$argon2id$") and password not in row.password_hash
    bad = subprocess.run(
        [sys.executable, "-m", "kiosk.hq.cli", "add-user", "bo", "--role", "boss", "--db", url],
        capture_output=True,
        text=True,
    )
    assert (
        bad.returncode == 2 and bad.stderr.strip() == "kiosk-hq: role: must be one of viewer, admin"
    )


def test_first_sign_in_must_change_the_password(web: Web) -> None:
    """With the one-time password every page leads to /password until a new one is chosen;
    then the old one no longer works."""
    first = web.accounts.add("vera", "viewer")
    answer = web.sign_in("vera", first)
    assert answer.status_code == 303 and answer.headers["location"] == "/password"
    assert web.client.get("/overview", follow_redirects=False).headers["location"] == "/password"
    short = web.client.post(
        "/password", data={"csrf": web.csrf("/password"), "current": first, "new": "short"}
    )
    assert short.status_code == 422 and "at least 12" in short.text
    web.client.post(
        "/password",
        data={"csrf": web.csrf("/password"), "current": first, "new": "my own good password"},
    )
    assert web.client.get("/overview").status_code == 200
    web.client.cookies.clear()
    assert web.sign_in("vera", first).status_code == 401
    assert web.sign_in("vera", "my own good password").headers["location"] == "/overview"


def test_the_cookie_is_a_session_id_secure_httponly_strict(web: Web) -> None:
    """The session cookie is Secure, HttpOnly, SameSite=Strict, and holds a random id whose
    hash (not the id) is in the database; signing out ends the session there."""
    web.account("sam")
    web.client.post("/sign-out", data={"csrf": web.csrf()})
    answer = web.sign_in("sam", "a good long password")
    cookie = answer.headers["set-cookie"]
    assert "hq_session=" in cookie
    for attribute in ("Secure", "HttpOnly", "SameSite=strict"):
        assert attribute.lower() in cookie.lower()
    session_id = re.search(r"hq_session=([^;]+)", cookie).group(1)  # type: ignore[union-attr]
    with Session(web.store.engine) as session:
        hashes = session.scalars(select(WebSessionRow.id_hash)).all()
    assert session_id not in hashes and len(hashes) == 1
    web.client.post("/sign-out", data={"csrf": web.csrf()})
    with Session(web.store.engine) as session:
        assert session.scalars(select(WebSessionRow)).all() == []
    web.client.cookies.set("hq_session", session_id)
    assert web.client.get("/overview", follow_redirects=False).headers["location"] == "/sign-in"


def test_a_session_ends_after_eight_hours(web: Web) -> None:
    """The same cookie is refused once the session's hours are over."""
    web.account("tim")
    assert web.client.get("/overview", follow_redirects=False).status_code == 200
    web.clock.advance(hours=8, seconds=1)
    assert web.client.get("/overview", follow_redirects=False).status_code == 303


def test_every_form_needs_its_csrf_token(web: Web) -> None:
    """A form posted without the session's token, or with another, is refused (403) and
    changes nothing; the sign-in form needs its own token too."""
    web.account("ada", "admin")
    for path, data in (
        ("/language", {"language": "fr"}),
        ("/accounts", {"name": "eve", "role": "admin"}),
        ("/sign-out", {}),
    ):
        assert web.client.post(path, data={**data, "csrf": "forged"}).status_code == 403
    assert "eve" not in web.client.get("/accounts").text
    web.client.cookies.clear()
    answer = web.client.post(
        "/sign-in", data={"name": "ada", "password": "a good long password", "csrf": "x"}
    )
    assert answer.status_code == 403


def test_five_wrong_passwords_lock_the_account_for_a_while(web: Web) -> None:
    """Four wrong passwords are just wrong; the fifth locks, and then even the right password
    is refused until 15 minutes have passed. The count is kept in the database."""
    web.account("lou")
    web.client.cookies.clear()
    for _ in range(4):
        assert "not right" in web.sign_in("lou", "wrong password!!").text
    with Session(web.store.engine) as session:
        assert session.scalars(select(AccountRow.failed_sign_ins)).one() == 4
    fifth = web.sign_in("lou", "wrong password!!")
    assert fifth.status_code == 401 and "locked" in fifth.text
    assert "locked" in web.sign_in("lou", "a good long password").text
    web.clock.advance(minutes=15, seconds=1)
    assert web.sign_in("lou", "a good long password").headers["location"] == "/overview"


def test_a_viewer_sees_the_overview_but_no_admin_page(web: Web) -> None:
    """Viewers: overview yes; sites, readers, accounts and their actions are 403."""
    web.account("viv")
    assert web.client.get("/overview").status_code == 200
    for path in ("/sites", "/readers", "/accounts", "/sites.csv"):
        assert web.client.get(path).status_code == 403, path
    csrf = web.csrf()
    assert (
        web.client.post("/accounts", data={"csrf": csrf, "name": "x", "role": "admin"}).status_code
        == 403
    )
    assert "/accounts" not in web.client.get("/overview").text


def test_admin_actions_are_audited(web: Web) -> None:
    """Adding an account, adding a reader, revoking a site, unlocking and resetting: each
    leaves one line of the one admin log naming the admin, the action and its target, after
    what the command line did (no account); the accounts page shows that log."""
    web.store.add_site("desk-a", "Desk A")
    web.account("adm", "admin")
    csrf = web.csrf("/accounts")
    answer = web.client.post("/accounts", data={"csrf": csrf, "name": "new", "role": "viewer"})
    assert answer.status_code == 200 and 'id="one-time"' in answer.text
    web.client.post("/readers", data={"csrf": csrf, "name": "Analyst"})
    web.client.post("/sites/revoke", data={"csrf": csrf, "site_id": "desk-a"})
    web.client.post("/accounts/unlock", data={"csrf": csrf, "name": "new"})
    web.client.post("/accounts/reset", data={"csrf": csrf, "name": "new"})
    log = [line[1:] for line in web.store.admin_log()]
    assert log == [
        ("", "site-added", "desk-a"),
        ("", "add-account", "adm (admin)"),
        ("adm", "add-account", "new (viewer)"),
        ("adm", "reader-added", "1 Analyst"),
        ("adm", "site-revoked", "desk-a"),
        ("adm", "unlock-account", "new"),
        ("adm", "reset-password", "new"),
    ]
    page = web.client.get("/accounts").text
    assert "site-revoked" in page and "(command line)" in page


def test_the_language_is_kept_on_the_account(web: Web) -> None:
    """Choosing French shows French pages, in a later session too."""
    web.account("fra")
    web.client.post("/language", data={"csrf": web.csrf(), "language": "fr", "back": "/overview"})
    assert 'lang="fr"' in web.client.get("/overview").text
    web.client.cookies.clear()
    web.sign_in("fra", "a good long password")
    page = web.client.get("/overview").text
    assert "Aperçu" in page and "Personnes par jour" in page
    web.client.post("/language", data={"csrf": web.csrf(), "language": "nl", "back": "//evil"})
    assert "Overzicht" in web.client.get("/overview").text


def test_sessions_work_across_processes_through_the_database(web: Web) -> None:
    """A session started by one app is found by another app on the same database (two HQ
    processes behind a proxy)."""
    from kiosk.hq.api import create_app
    from kiosk.hq.settings import HqSettings
    from tests.hq.web.conftest import TestClient

    web.account("two")
    other = create_app(web.store, HqSettings(db_url="sqlite:///unused"))
    with TestClient(other, base_url="https://testserver") as client:
        client.cookies.update(web.client.cookies)
        assert client.get("/overview", follow_redirects=False).status_code == 200


def test_pages_forbid_scripts_and_framing_and_are_not_cached(web: Web) -> None:
    """Every page says: nothing from elsewhere, no script, no framing, no caching; the
    sign-in page speaks the browser's language (Dutch here)."""
    page = web.client.get("/sign-in", headers={"Accept-Language": "nl-BE,nl;q=0.9,en;q=0.5"})
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "script-src" not in policy and page.headers["cache-control"] == "no-store"
    assert 'lang="nl"' in page.text and "Aanmelden" in page.text
