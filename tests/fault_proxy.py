"""A fault-injecting TCP proxy for HTTP/1.1 between the sync client and the server.

It runs an asyncio loop in a background thread on 127.0.0.1 and models a bad link:

* latency per direction (a pipe: bytes keep flowing, each arrives ``latency`` later);
* a bandwidth cap per direction shared by all connections (one link, not one per
  socket), with bounded buffering so a sender feels back-pressure as on a real link;
* one-shot faults on the next request whose request line contains ``match``:
  ``reset_request_body(after)`` (after ``after`` body bytes reached the server, the client
  gets a reset and the server a closed connection), ``reset_response(after)`` (a reset
  after ``after`` response bytes reached the client),
  ``stall_response(seconds)`` (the answer is held back, for client timeouts),
  ``answer_status(500)`` (the proxy answers itself; the server never sees the request);
* counters: bytes each way (as delivered), connections, requests, resets.

Requests are framed by ``Content-Length`` (what httpx sends for byte bodies); chunked
request bodies are passed through but not framed.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field

CHUNK = 16 * 1024
MAX_BUFFERED = 64 * 1024  # bytes a pipe holds before the sender must wait


@dataclass
class Fault:
    kind: str  # reset_body | reset_response | stall_response | status
    match: str = ""
    after: int = 0
    seconds: float = 0.0
    status: int = 500
    skip: int = 0  # let this many matching requests through first


@dataclass
class Counters:
    bytes_up: int = 0
    bytes_down: int = 0
    connections: int = 0
    requests: int = 0
    resets: int = 0
    request_lines: list[str] = field(default_factory=list)
    body_bytes_up: dict[str, int] = field(default_factory=dict)  # by method, as forwarded


class Link:
    """One direction of the link: serialisation at ``rate`` bytes/s, FIFO over all sockets."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self._free_at = 0.0

    async def send_time(self, nbytes: int) -> None:
        if not self.rate:
            return
        now = time.monotonic()
        start = max(now, self._free_at)
        self._free_at = start + nbytes / self.rate
        await asyncio.sleep(self._free_at - now)


class _Pipe:
    """Bytes (and markers) in flight in one direction of one connection."""

    def __init__(self) -> None:
        self.queue: deque[tuple[float, str, object]] = deque()
        self.buffered = 0
        self.changed = asyncio.Event()

    def put(self, kind: str, value: object, delay: float, size: int = 0) -> None:
        self.queue.append((time.monotonic() + delay, kind, value))
        self.buffered += size
        self.changed.set()

    async def room(self) -> None:
        while self.buffered > MAX_BUFFERED:
            self.changed.clear()
            await self.changed.wait()


class FaultProxy:
    def __init__(
        self,
        target_port: int,
        *,
        target_host: str = "127.0.0.1",
        latency_up: float = 0.0,
        latency_down: float = 0.0,
        bandwidth_up: float | None = None,
        bandwidth_down: float | None = None,
    ) -> None:
        self.target = (target_host, target_port)
        self.latency_up = latency_up
        self.latency_down = latency_down
        self.up = Link(bandwidth_up)
        self.down = Link(bandwidth_down)
        self.counters = Counters()
        self.faults: list[Fault] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.AbstractServer | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._lock = threading.Lock()
        self._tasks: set[asyncio.Task[None]] = set()

    # -- control (any thread) ----------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        future.result(timeout=10)
        return self

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self.faults.append(fault)

    def reset_request_body(self, after: int, match: str = "", skip: int = 0) -> None:
        self.add(Fault("reset_body", match, after=after, skip=skip))

    def reset_response(self, after: int, match: str = "") -> None:
        self.add(Fault("reset_response", match, after=after))

    def stall_response(self, seconds: float, match: str = "") -> None:
        self.add(Fault("stall_response", match, seconds=seconds))

    def answer_status(self, status: int = 500, match: str = "") -> None:
        self.add(Fault("status", match, status=status))

    def pending_faults(self) -> int:
        with self._lock:
            return len(self.faults)

    def set_bandwidth(self, up: float | None, down: float | None) -> None:
        self.up.rate, self.down.rate = up, down

    def _take_fault(self, request_line: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.match in request_line:
                    if fault.skip > 0:
                        fault.skip -= 1
                        return None
                    self.faults.remove(fault)
                    return fault
        return None

    # -- the loop ------------------------------------------------------------------------

    async def _start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.up.rate:
            # A capped link holds little: without this the kernel's receive buffer (grown
            # to megabytes on loopback) would queue seconds of upload before the cap.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, MAX_BUFFERED)
        sock.bind(("127.0.0.1", 0))
        self._server = await asyncio.start_server(self._accept, sock=sock)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.counters.connections += 1
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            _abort(client_w)
            self._tasks.discard(task)
            return
        conn = _Connection(self, client_r, client_w, server_r, server_w)
        try:
            await conn.run()
        except asyncio.CancelledError:
            pass
        finally:
            conn.close()
            self._tasks.discard(task)


def _abort(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0), as a cut link or a crashed peer looks to the other side."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class _Connection:
    def __init__(
        self,
        proxy: FaultProxy,
        client_r: asyncio.StreamReader,
        client_w: asyncio.StreamWriter,
        server_r: asyncio.StreamReader,
        server_w: asyncio.StreamWriter,
    ) -> None:
        self.proxy = proxy
        self.client_r, self.client_w = client_r, client_w
        self.server_r, self.server_w = server_r, server_w
        self.up = _Pipe()
        self.down = _Pipe()
        self.down_fault: Fault | None = None
        self.down_count = 0
        self.done = asyncio.Event()

    async def run(self) -> None:
        tasks = [
            asyncio.create_task(self._read_requests()),
            asyncio.create_task(self._read_responses()),
            asyncio.create_task(self._deliver(self.up, self.server_w, self.proxy.up, True)),
            asyncio.create_task(self._deliver(self.down, self.client_w, self.proxy.down, False)),
        ]
        try:
            await self.done.wait()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    def close(self) -> None:
        for writer in (self.client_w, self.server_w):
            if not writer.transport.is_closing():
                writer.close()

    def reset(self) -> None:
        """The client sees a reset; the server sees what arrived, then the socket closing."""
        self.proxy.counters.resets += 1
        _abort(self.client_w)
        self.server_w.close()
        self.done.set()

    # client -> server: frame requests so faults can pick one and count its body bytes
    async def _read_requests(self) -> None:
        buf = b""
        try:
            while True:
                head_end = buf.find(b"\r\n\r\n")
                while head_end < 0:
                    data = await self.client_r.read(CHUNK)
                    if not data:
                        self.up.put("eof", None, self.proxy.latency_up)
                        return
                    buf += data
                    head_end = buf.find(b"\r\n\r\n")
                head, buf = buf[: head_end + 4], buf[head_end + 4 :]
                line = head.split(b"\r\n", 1)[0].decode("latin-1")
                length = _content_length(head)
                self.proxy.counters.requests += 1
                self.proxy.counters.request_lines.append(line)
                fault = self.proxy._take_fault(line)
                if fault and fault.kind == "status":
                    buf = await self._swallow(buf, length)
                    self._answer(fault.status)
                    return
                if fault and fault.kind in ("reset_response", "stall_response"):
                    self.down_fault, self.down_count = fault, 0
                await self.up.room()
                self.up.put("data", head, self.proxy.latency_up, len(head))
                method = line.split(" ", 1)[0]
                buf = await self._forward_body(buf, length, fault, method)
                if buf is None:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            self.done.set()

    async def _forward_body(
        self, buf: bytes, length: int, fault: Fault | None, method: str
    ) -> bytes | None:
        cut = fault.after if fault and fault.kind == "reset_body" else None
        sent = 0
        counts = self.proxy.counters.body_bytes_up
        counts.setdefault(method, 0)
        while sent < length:
            if not buf:
                buf = await self.client_r.read(CHUNK)
                if not buf:
                    self.up.put("eof", None, self.proxy.latency_up)
                    return None
            part, buf = buf[: length - sent], buf[length - sent :]
            if cut is not None and sent + len(part) >= cut:
                part = part[: cut - sent]
                counts[method] += len(part)
                self.up.put("data", part, self.proxy.latency_up, len(part))
                self.up.put("reset", None, self.proxy.latency_up)
                return None
            await self.up.room()
            counts[method] += len(part)
            self.up.put("data", part, self.proxy.latency_up, len(part))
            sent += len(part)
        return buf

    async def _swallow(self, buf: bytes, length: int) -> bytes:
        while len(buf) < length:
            data = await self.client_r.read(CHUNK)
            if not data:
                break
            buf += data
        return buf[length:]

    def _answer(self, status: int) -> None:
        body = b'{"code":"injected","message":"fault proxy"}'
        head = (
            f"HTTP/1.1 {status} Injected\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode()
        self.down.put("data", head + body, self.proxy.latency_down, len(head) + len(body))
        self.down.put("eof", None, self.proxy.latency_down)

    # server -> client
    async def _read_responses(self) -> None:
        try:
            while True:
                data = await self.server_r.read(CHUNK)
                if not data:
                    self.down.put("eof", None, self.proxy.latency_down)
                    return
                fault = self.down_fault
                if fault and fault.kind == "stall_response":
                    self.down_fault = None
                    self.down.put("sleep", fault.seconds, self.proxy.latency_down)
                if fault and fault.kind == "reset_response":
                    left = fault.after - self.down_count
                    if len(data) >= left:
                        self.down.put("data", data[:left], self.proxy.latency_down, left)
                        self.down.put("reset", None, self.proxy.latency_down)
                        self.down_fault = None
                        return
                    self.down_count += len(data)
                await self.down.room()
                self.down.put("data", data, self.proxy.latency_down, len(data))
        except ConnectionError:
            self.done.set()

    async def _deliver(
        self, pipe: _Pipe, writer: asyncio.StreamWriter, link: Link, upward: bool
    ) -> None:
        try:
            while True:
                while not pipe.queue:
                    pipe.changed.clear()
                    await pipe.changed.wait()
                due, kind, value = pipe.queue.popleft()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if kind == "data":
                    await self._write(pipe, writer, link, value, upward)  # type: ignore[arg-type]
                elif kind == "sleep":
                    await asyncio.sleep(value)  # type: ignore[arg-type]
                elif kind == "reset":
                    self.reset()
                    return
                elif kind == "eof":
                    await writer.drain()
                    self.done.set()
                    return
        except ConnectionError:
            self.done.set()

    async def _write(
        self, pipe: _Pipe, writer: asyncio.StreamWriter, link: Link, data: bytes, upward: bool
    ) -> None:
        step = CHUNK if not link.rate else max(512, min(CHUNK, int(link.rate / 50)))
        for start in range(0, len(data), step):
            part = data[start : start + step]
            await link.send_time(len(part))
            writer.write(part)
            await writer.drain()
            if upward:
                self.proxy.counters.bytes_up += len(part)
            else:
                self.proxy.counters.bytes_down += len(part)
            pipe.buffered -= len(part)
            pipe.changed.set()


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0
