"""Clients that send their headers and then stall are not held forever.

uvicorn waits for a request body as long as the client likes. This ASGI middleware gives
the whole body `seconds` from the moment the headers were read: a route still waiting for
it then gets a 408 (one-line detail), and every answer sent before the body was complete
(that 408, or a 401 that never read it) carries `Connection: close`, so the server closes
the connection instead of waiting for the rest.
"""

import asyncio

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.core import clock

DEFAULT_BODY_SECONDS = 10.0


class BodyDeadline:
    def __init__(self, app: ASGIApp, seconds: float = DEFAULT_BODY_SECONDS) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline = clock.monotonic() + self.seconds
        body_done = not _has_body(scope)

        async def bounded_receive() -> Message:
            nonlocal body_done
            if body_done:
                return await receive()
            left = deadline - clock.monotonic()
            try:
                if left <= 0:
                    raise TimeoutError
                async with asyncio.timeout(left):
                    message = await receive()
            except TimeoutError:
                raise HTTPException(
                    408, f"body: not received within {self.seconds:g} s; send it at once"
                ) from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_done = True
            return message

        async def closing_send(message: Message) -> None:
            if message["type"] == "http.response.start" and not body_done:
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != b"connection"
                ]
                message = {**message, "headers": [*headers, (b"connection", b"close")]}
            await send(message)

        await self.app(scope, bounded_receive, closing_send)


def _has_body(scope: Scope) -> bool:
    """A body is coming: chunked, or a non-zero Content-Length."""
    for name, value in scope.get("headers", ()):
        if name == b"transfer-encoding":
            return True
        if name == b"content-length":
            return bool(value.strip() != b"0")
    return False
