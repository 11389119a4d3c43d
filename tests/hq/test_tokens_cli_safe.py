"""Site and reader tokens are safe to type on a command line."""

from kiosk.core.hq_link import check_token
from kiosk.hq.tokens import new_token


def test_tokens_never_look_like_an_option_and_pass_the_kiosk_check() -> None:
    """`kiosk connect --token TOKEN` must never mistake a token for an option."""
    for _ in range(2_000):
        token = new_token()
        assert not token.startswith("-")
        assert check_token(token) == token
