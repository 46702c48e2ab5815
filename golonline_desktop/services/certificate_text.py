"""Fonts and fitted text for certificates: embedded TTFs, glyph fallback, shrink-then-wrap.

reportlab draws a character missing from a font as an empty box and says nothing, and
its base-14 Helvetica cannot draw "Ṭāhir" at all. So every string is split into runs: the
role's Noto font where it has the glyph, the CJK fallback (Droid Sans Fallback) for
Chinese shop names, and ``missing_glyphs`` tells a caller what neither font can draw.
Fonts are registered once per process (reportlab keeps them in a global registry).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from golonline_desktop.resources import resource_path
from golonline_desktop.services.certificate_fonts import SubsetCachingTTFont

# role -> file in resources/fonts
FONT_FILES: dict[str, str] = {
    "sans": "NotoSans-Regular.ttf",
    "sans-bold": "NotoSans-Bold.ttf",
    "sans-italic": "NotoSans-Italic.ttf",
    "serif": "NotoSerif-Regular.ttf",
    "serif-bold": "NotoSerif-Bold.ttf",
}
FALLBACK_FILE = "DroidSansFallbackFull.ttf"

_WIDTH_CACHE_LIMIT = 50_000
_lock = threading.Lock()
_registered: dict[Path, FontSet] = {}


@dataclass(frozen=True)
class FontSet:
    """reportlab font names per role, plus the fallback, for one fonts folder."""

    names: dict[str, str]
    fallback: str | None
    # width of (text, role) at 1 pt: fitting tries many sizes of the same strings
    _unit_widths: dict[tuple[str, str], float] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def font(self, role: str) -> str:
        return self.names[role]

    def runs(self, text: str, role: str) -> list[tuple[str, str]]:
        """``text`` cut into (font name, piece) so each piece's glyphs exist in its font."""
        primary = self.names[role]
        primary_map = _char_map(primary)
        fallback_map = _char_map(self.fallback) if self.fallback else {}
        result: list[tuple[str, str]] = []
        for ch in text:
            code = ord(ch)
            font = primary
            if code not in primary_map and code in fallback_map and self.fallback:
                font = self.fallback
            if result and result[-1][0] == font:
                result[-1] = (font, result[-1][1] + ch)
            else:
                result.append((font, ch))
        return result

    def missing_glyphs(self, text: str, role: str = "sans") -> set[str]:
        """Characters that would print as empty boxes (neither the role's font nor fallback)."""
        primary_map = _char_map(self.names[role])
        fallback_map = _char_map(self.fallback) if self.fallback else {}
        return {
            ch
            for ch in text
            if not ch.isspace() and ord(ch) not in primary_map and ord(ch) not in fallback_map
        }

    def width(self, text: str, role: str, size: float, char_space: float = 0.0) -> float:
        key = (text, role)
        unit = self._unit_widths.get(key)
        if unit is None:
            pieces = self.runs(text, role)
            unit = sum(pdfmetrics.stringWidth(piece, font, 1.0) for font, piece in pieces)
            if len(self._unit_widths) >= _WIDTH_CACHE_LIMIT:
                self._unit_widths.clear()
            self._unit_widths[key] = unit
        # spacing follows every character, but the last one's is not part of the ink
        return unit * size + char_space * max(0, len(text) - 1)

    def draw(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        role: str,
        size: float,
        *,
        align: str = "left",
        char_space: float = 0.0,
    ) -> float:
        """Draw one line; ``align`` is left, centre or right of ``x``. Returns its width."""
        width = self.width(text, role, size, char_space)
        if align == "centre":
            x -= width / 2
        elif align == "right":
            x -= width
        obj = canvas.beginText(x, y)
        if char_space:
            obj.setCharSpace(char_space)
        for font, piece in self.runs(text, role):
            obj.setFont(font, size)
            obj.textOut(piece)
        if char_space:
            obj.setCharSpace(0)  # Tc outlives the text object in PDF's graphics state
        canvas.drawText(obj)
        return width


def _char_map(font_name: str) -> dict[int, int]:
    font = pdfmetrics.getFont(font_name)
    return font.face.charToGlyph  # type: ignore[attr-defined]


def default_fonts_dir() -> Path:
    return resource_path("fonts")


def register_fonts(fonts_dir: Path | None = None) -> FontSet:
    """Register the certificate fonts of ``fonts_dir`` once per process; return their names."""
    folder = (fonts_dir or default_fonts_dir()).resolve()
    with _lock:
        found = _registered.get(folder)
        if found is not None:
            return found
        tag = f"GoCert{len(_registered)}"
        names: dict[str, str] = {}
        for role, file_name in FONT_FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FileNotFoundError(f"certificate font missing: {path}")
            name = f"{tag}-{role}"
            pdfmetrics.registerFont(SubsetCachingTTFont(name, str(path)))
            names[role] = name
        fallback: str | None = None
        if (folder / FALLBACK_FILE).is_file():
            fallback = f"{tag}-cjk"
            pdfmetrics.registerFont(SubsetCachingTTFont(fallback, str(folder / FALLBACK_FILE)))
        font_set = FontSet(names, fallback)
        _registered[folder] = font_set
        return font_set


# Break opportunities: spaces, and between CJK ideographs (which use none).
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uac00-\ud7af\u3000-\u303f\uff00-\uffef"
_TOKEN_RE = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


def _tokens(text: str) -> list[tuple[str, bool]]:
    """(token, preceded by a space) pairs."""
    out: list[tuple[str, bool]] = []
    for match in _TOKEN_RE.finditer(text):
        start = match.start()
        out.append((match.group(), start > 0 and text[start - 1].isspace()))
    return out


def wrap(fonts: FontSet, text: str, role: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces and between ideographs; over-long words are cut."""
    lines: list[str] = []
    current = ""
    for token, spaced in _tokens(text):
        candidate = current + (" " if spaced and current else "") + token
        if fonts.width(candidate, role, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = token
        while len(current) > 1 and fonts.width(current, role, size) > width:
            cut = 1
            while cut < len(current) and fonts.width(current[: cut + 1], role, size) <= width:
                cut += 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    leading: float

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)


def fit(
    fonts: FontSet,
    text: str,
    role: str,
    *,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    single_line_min: float | None = None,
    leading_ratio: float = 1.2,
    step: float = 0.5,
) -> FittedText:
    """Shrink to fit one line, then wrap at decreasing sizes; last resort: cut with "…".

    A name printed a little smaller on one line reads better than the same name broken,
    so one line is tried down to ``single_line_min`` (default ``min_size``) before
    wrapping onto up to ``max_lines`` lines, each count from ``max_size`` down.
    """
    size = max_size
    floor = min_size if single_line_min is None else max(single_line_min, min_size)
    while size >= floor:
        if fonts.width(text, role, size) <= width and size * leading_ratio <= height + 1e-6:
            return FittedText((text,), size, size * leading_ratio)
        size -= step
    for lines_allowed in range(2, max_lines + 1):
        size = max_size
        while size >= min_size:
            leading = size * leading_ratio
            lines = wrap(fonts, text, role, size, width)
            if len(lines) <= lines_allowed and leading * len(lines) <= height + 1e-6:
                return FittedText(tuple(lines), size, leading)
            size -= step
    leading = min_size * leading_ratio
    keep = max(1, min(max_lines, int((height + 1e-6) // leading)))
    lines = wrap(fonts, text, role, min_size, width)[:keep]
    last = lines[-1]
    while last and fonts.width(last + "…", role, min_size) > width:
        last = last[:-1]
    lines[-1] = last.rstrip() + "…"
    return FittedText(tuple(lines), min_size, leading)
