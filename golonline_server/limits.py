"""Request body limits, enforced before a handler reads anything.

A pure ASGI middleware: it answers 413 from the Content-Length header alone when it can,
and otherwise counts the bytes as they arrive, so a client streaming an endless body is
cut off at the limit instead of filling the server's memory.

Routes named by ``streams`` (the pack upload) read their body as it arrives and write it
to disk, so it is not buffered here: the declared length is still checked, and a body
that runs past the limit is cut (the handler sees the client disconnect).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from golonline_desktop.wire import ErrorBody

Scope = dict[str, Any]
Receive = Callable[[], Any]
Send = Callable[[dict[str, Any]], Any]


class BodyLimit:
    def __init__(
        self,
        app: Any,
        limit_for: Callable[[str, str], int],
        streams: Callable[[str, str], bool] = lambda method, path: False,
    ) -> None:
        self._app = app
        self._limit_for = limit_for
        self._streams = streams

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        limit = self._limit_for(scope["method"], scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        if self._streams(scope["method"], scope["path"]):
            await self._app(scope, _counting(receive, limit), send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await _too_large(send, limit)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        whole = b"".join(chunks)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self._app(scope, replay, send)


def _counting(receive: Receive, limit: int) -> Receive:
    size = 0

    async def counted() -> dict[str, Any]:
        nonlocal size
        message = await receive()
        if message["type"] == "http.request":
            size += len(message.get("body", b""))
            if size > limit:
                return {"type": "http.disconnect"}
        return message

    return counted


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Send, limit: int) -> None:
    body = ErrorBody(
        code="too_large", message=f"The request body is larger than {limit} bytes."
    ).model_dump(exclude_none=True)
    data = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})
