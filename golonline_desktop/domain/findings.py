"""Errors and warnings produced by checks, with stable codes and translatable messages.

A finding never carries rendered text: it holds a message template (English source text,
marked for Qt translation in the ``Finding`` context) and its parameters, so the GUI and
the CLI render it in the officer's language at the last moment.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from .i18n import Translate, untranslated

TRANSLATION_CONTEXT = "Finding"

T = TypeVar("T")


class Severity(StrEnum):
    ERROR = "error"  # blocks saving
    WARNING = "warning"  # asks the officer to confirm


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    field: str | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def render(self, translate: Translate = untranslated) -> str:
        template = translate(TRANSLATION_CONTEXT, self.message)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the message: fall back to the source.
            return self.message.format(**self.params)

    def for_field(self, name: str) -> Finding:
        return Finding(self.code, self.severity, self.message, name, self.params)


def error(code: str, message: str, field: str | None = None, /, **params: object) -> Finding:
    return Finding(code, Severity.ERROR, message, field, params)


def warning(code: str, message: str, field: str | None = None, /, **params: object) -> Finding:
    return Finding(code, Severity.WARNING, message, field, params)


@dataclass(frozen=True)
class CheckResult(Generic[T]):
    """The outcome of checking one value: the normalised value (None when unusable) and findings."""

    value: T | None
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.is_error for f in findings)
