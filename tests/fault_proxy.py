"""A bad network between a kiosk and headquarters, on 127.0.0.1, for tests.

Each request, by a seeded coin: dropped (the connection closes, nothing reaches
headquarters), or forwarded and its response lost (headquarters committed, the kiosk hears
nothing), or forwarded twice (a duplicate), or delayed, or stalled past the client's read
timeout. Every request that arrives is captured, so that a test can replay it.
"""

import http.client
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Captured:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Faults:
    drop: float = 0.30  # requests that never reach headquarters
    lose: float = 0.10  # responses lost after headquarters committed
    duplicate: float = 0.10
    delay: float = 0.15  # 20 to 300 ms
    stall: float = 0.0  # longer than the client waits
    stall_seconds: float = 1.5
    seed: int = 4


@dataclass
class Tally:
    requests: int = 0
    dropped: int = 0
    lost: int = 0
    duplicated: int = 0
    delayed: int = 0
    stalled: int = 0
    forwarded: int = 0
    captured: list[Captured] = field(default_factory=list)


class FaultProxy:
    def __init__(self, upstream: str, faults: Faults | None = None) -> None:
        host_port = upstream.removeprefix("http://").rstrip("/")
        host, _, port = host_port.partition(":")
        self.upstream = (host, int(port))
        self.faults = faults or Faults()
        self.tally = Tally()
        self._rng = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_PUT(self) -> None:
                proxy.handle(self)

            def do_GET(self) -> None:
                proxy.handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> "FaultProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _decide(self) -> dict[str, bool]:
        with self._lock:
            roll = self._rng.random()
            return {
                "drop": roll < self.faults.drop,
                "lose": self.faults.drop <= roll < self.faults.drop + self.faults.lose,
                "duplicate": self._rng.random() < self.faults.duplicate,
                "delay": self._rng.random() < self.faults.delay,
                "stall": self._rng.random() < self.faults.stall,
            }

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k: v for k, v in handler.headers.items() if k.lower() != "host"}
        request = Captured(handler.command, handler.path, headers, body)
        fault = self._decide()
        with self._lock:
            self.tally.requests += 1
            self.tally.captured.append(request)
        if fault["drop"]:
            with self._lock:
                self.tally.dropped += 1
            handler.close_connection = True
            return
        if fault["stall"]:
            with self._lock:
                self.tally.stalled += 1
            time.sleep(self.faults.stall_seconds)
        elif fault["delay"]:
            with self._lock:
                self.tally.delayed += 1
            time.sleep(random.uniform(0.02, 0.3))
        status, reply_headers, reply = self.forward(request)
        if fault["duplicate"]:
            with self._lock:
                self.tally.duplicated += 1
            status, reply_headers, reply = self.forward(request)
        if fault["lose"]:
            with self._lock:
                self.tally.lost += 1
            handler.close_connection = True
            return
        handler.send_response(status)
        for name, value in reply_headers:
            if name.lower() not in ("content-length", "connection", "transfer-encoding", "date"):
                handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(reply)))
        handler.end_headers()
        handler.wfile.write(reply)

    def forward(self, request: Captured) -> tuple[int, list[tuple[str, str]], bytes]:
        found = forward(self.upstream, request)
        with self._lock:
            self.tally.forwarded += 1
        return found


def forward(
    upstream: tuple[str, int], request: Captured
) -> tuple[int, list[tuple[str, str]], bytes]:
    connection = http.client.HTTPConnection(*upstream, timeout=30)
    try:
        connection.request(request.method, request.path, request.body, request.headers)
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def replay(upstream_url: str, request: Captured) -> tuple[int, bytes]:
    """Send a captured request straight to headquarters again."""
    host, _, port = upstream_url.removeprefix("http://").rstrip("/").partition(":")
    status, _, body = forward((host, int(port)), request)
    return status, body
