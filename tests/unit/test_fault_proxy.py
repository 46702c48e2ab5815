"""The fault proxy does what its knobs say, against a tiny real HTTP server."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.fault_proxy import FaultProxy

RESPONSE = b"x" * 20_000


class Target:
    """Records how many body bytes each request delivered; answers 20,000 bytes."""

    def __init__(self) -> None:
        self.received: list[tuple[str, int]] = []
        target = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_PUT(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                got = 0
                while got < length:
                    try:
                        part = self.rfile.read(min(4096, length - got))
                    except ConnectionError:
                        break
                    if not part:
                        break
                    got += len(part)
                target.received.append((self.path, got))
                if got < length:
                    self.close_connection = True
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(RESPONSE)))
                self.end_headers()
                self.wfile.write(RESPONSE)

            do_POST = do_PUT  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=lambda: self.httpd.serve_forever(poll_interval=0.05), daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def target() -> Iterator[Target]:
    server = Target()
    yield server
    server.close()


def test_passes_requests_through_and_counts_bytes(target: Target) -> None:
    with FaultProxy(target.port) as proxy, httpx.Client(base_url=proxy.url) as client:
        for _ in range(3):
            assert client.put("/a", content=b"y" * 5000).content == RESPONSE
    assert target.received == [("/a", 5000)] * 3
    assert proxy.counters.requests == 3
    assert proxy.counters.connections == 1  # keep-alive survives the proxy
    assert proxy.counters.bytes_up > 15_000
    assert proxy.counters.bytes_down > 60_000


def test_latency_delays_each_direction(target: Target) -> None:
    with (
        FaultProxy(target.port, latency_up=0.1, latency_down=0.1) as proxy,
        httpx.Client(base_url=proxy.url) as client,
    ):
        client.put("/warm", content=b"")
        started = time.monotonic()
        client.put("/a", content=b"y")
        assert time.monotonic() - started >= 0.2


def test_bandwidth_cap_limits_throughput(target: Target) -> None:
    with (
        FaultProxy(target.port, bandwidth_up=100_000) as proxy,
        httpx.Client(base_url=proxy.url) as client,
    ):
        started = time.monotonic()
        client.put("/a", content=b"y" * 50_000)
        assert time.monotonic() - started >= 0.45
    assert target.received == [("/a", 50_000)]


def test_reset_in_the_middle_of_a_request_body(target: Target) -> None:
    with FaultProxy(target.port) as proxy, httpx.Client(base_url=proxy.url) as client:
        proxy.reset_request_body(after=3000, match="/cut", skip=1)
        client.put("/a", content=b"y" * 100)
        client.put("/cut", content=b"y" * 100)  # skipped: the fault waits for the next one
        with pytest.raises(httpx.TransportError):
            client.put("/cut", content=b"y" * 10_000)
        assert client.put("/b", content=b"y" * 100).status_code == 200
    deadline = time.monotonic() + 5
    while len(target.received) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sorted(target.received) == [("/a", 100), ("/b", 100), ("/cut", 100), ("/cut", 3000)]
    assert proxy.counters.resets == 1
    assert proxy.counters.body_bytes_up["PUT"] == 3300


def test_reset_in_the_middle_of_a_response(target: Target) -> None:
    with FaultProxy(target.port) as proxy, httpx.Client(base_url=proxy.url) as client:
        proxy.reset_response(after=5000)
        with pytest.raises(httpx.TransportError):
            client.put("/a", content=b"y")
        assert target.received == [("/a", 1)]  # the server did the work; the answer was lost
        assert proxy.counters.bytes_down == 5000


def test_a_stalled_response_times_the_client_out(target: Target) -> None:
    with (
        FaultProxy(target.port) as proxy,
        httpx.Client(base_url=proxy.url, timeout=httpx.Timeout(5, read=0.3)) as client,
    ):
        proxy.stall_response(2.0)
        with pytest.raises(httpx.ReadTimeout):
            client.put("/a", content=b"y")


def test_the_proxy_can_answer_500_itself(target: Target) -> None:
    with FaultProxy(target.port) as proxy, httpx.Client(base_url=proxy.url) as client:
        proxy.answer_status(500, match="/push")
        assert client.put("/other", content=b"y").status_code == 200
        assert client.post("/push", content=b"y" * 300).status_code == 500
        assert client.post("/push", content=b"y").status_code == 200
    assert target.received == [("/other", 1), ("/push", 1)]
    assert proxy.pending_faults() == 0
