"""``golonline-server serve --workers``: the flag, or GOLONLINE_WORKERS, or one process."""

from __future__ import annotations

import pytest

from golonline_server.cli import ENV_WORKERS, _parser


def test_workers_come_from_the_flag_then_the_environment_then_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_WORKERS, raising=False)
    assert _parser().parse_args(["serve"]).workers == 1
    monkeypatch.setenv(ENV_WORKERS, "2")
    assert _parser().parse_args(["serve"]).workers == 2
    assert _parser().parse_args(["serve", "--workers", "3"]).workers == 3
