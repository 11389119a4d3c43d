"""`kiosk connect`: the token from a file or standard input (never needed on the command
line), a warning for a token file others can read, and every change audited by name."""

import io
import json
from pathlib import Path

import pytest

from tests.cli.conftest import Kiosk

TOKEN = "spk_" + "s" * 40
URL = "https://hq.example.org"


@pytest.fixture
def ready(kiosk: Kiosk) -> Kiosk:
    assert kiosk("init", "--site-id", "brussels-1", "--site-name", "Startpunt Brussel").code == 0
    return kiosk


def _audit(kiosk: Kiosk) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads(kiosk("audit", "list", "--json").out)
    return entries


def test_the_token_comes_from_a_file(ready: Kiosk, tmp_path: Path) -> None:
    """--token-file F with mode 0600: connected without a warning; the token is stored and
    the change is audited by the settings' names, never the token."""
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    token_file.chmod(0o600)
    ran = ready("connect", "--hq-url", URL, "--token-file", str(token_file))
    assert ran.code == 0 and ran.err == "", ran.err
    shown = json.loads(ready("settings", "show", "--json").out)
    assert shown["hq_url"] == URL and shown["hq_token"] == "(set)"
    last = _audit(ready)[-1]
    assert last["action"] == "setting-changed"
    assert set(last["details"]["keys"]) >= {"hq_url", "hq_token"}  # type: ignore[index]
    assert TOKEN not in json.dumps(_audit(ready))


def test_a_token_file_others_can_read_is_warned_about(ready: Kiosk, tmp_path: Path) -> None:
    """A group- or world-readable token file still connects, with a one-line warning saying
    its mode and what to do."""
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    token_file.chmod(0o644)
    ran = ready("connect", "--hq-url", URL, "--token-file", str(token_file))
    assert ran.code == 0
    assert ran.err_lines == [f"kiosk: warning: {token_file} can be read by other users "
                             "(mode 0644); make it 0600 or delete it now"]


def test_the_token_comes_from_standard_input(
    ready: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--token - reads the token from standard input; a new token is audited as a change of
    hq_token alone."""
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert ready("connect", "--hq-url", URL, "--token", "-").code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("spk_" + "t" * 40 + "\n"))
    assert ready("connect", "--hq-url", URL, "--token", "-").code == 0
    assert _audit(ready)[-1]["details"] == {"key": "hq_token"}


@pytest.mark.parametrize("argv,field", [
    (["--token-file", "/nonexistent/token"], "token file"),
    (["--token", "-"], "token"),  # an empty standard input
])
def test_a_missing_token_is_refused_on_one_line(
    ready: Kiosk, monkeypatch: pytest.MonkeyPatch, argv: list[str], field: str
) -> None:
    """No file, or nothing on standard input: one line naming the field, exit 2, nothing
    stored."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = _audit(ready)
    ran = ready("connect", "--hq-url", URL, *argv)
    assert ran.code == 2 and len(ran.err_lines) == 1
    assert ran.err.startswith(f"kiosk: {field}:"), ran.err
    assert _audit(ready) == before


def test_the_help_says_a_token_on_the_command_line_is_visible(
    kiosk: Kiosk, capsys: pytest.CaptureFixture[str]
) -> None:
    """The help of --token warns that the command line shows in `ps` and in the history."""
    ran = kiosk("connect", "--help")
    text = " ".join(ran.out.split())
    assert "visible to other users in `ps`" in text and "history" in text
    assert "--token-file" in text
