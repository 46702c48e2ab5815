"""The certificate's static artwork: frame, guilloche band, rosette, programme mark.

Drawn once per PDF as a form XObject (``define_background``) and placed on every page,
so a batch of 500 certificates carries the artwork once. Curves are cubic Béziers fitted
to the true waves (Hermite), smooth in print at a fraction of a polyline's size.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from golonline_desktop.services.certificate_mark import ACCENT, PRIMARY, draw_mark

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CENTRE_X = PAGE_WIDTH / 2
OUTER_INSET = 18.0
INNER_INSET = 30.0

INK = HexColor("#1F2A30")
MUTED = HexColor("#5B6B73")
PRIMARY_COLOUR = HexColor(PRIMARY)
ACCENT_COLOUR = HexColor(ACCENT)
REPRINT_COLOUR = HexColor("#B3261E")
WATERMARK = HexColor("#DDE9EE")  # solid tint: alpha needs an ExtGState forms lack

BACKGROUND_FORM = "GoCertBackground"
WAVE_TILE_FORM = "GoCertWave"


Point = tuple[float, float]


def _bezier_ops(
    curve: Callable[[float], Point], t0: float, t1: float, segments: int, precision: int = 1
) -> list[str]:
    """A smooth parametric curve as cubic Béziers (Hermite: ends and tangents match).

    Four segments per wave period are indistinguishable from the true curve in print,
    and far smaller than a polyline that looks as smooth.
    """
    eps = (t1 - t0) * 1e-6

    def tangent(t: float) -> Point:
        (ax, ay), (bx, by) = curve(t - eps), curve(t + eps)
        return (bx - ax) / (2 * eps), (by - ay) / (2 * eps)

    h = (t1 - t0) / segments
    x, y = curve(t0)
    p = precision
    ops = [f"{x:.{p}f} {y:.{p}f} m"]
    for i in range(segments):
        a, b = t0 + i * h, t0 + (i + 1) * h
        (x0, y0), (x3, y3) = curve(a), curve(b)
        (dx0, dy0), (dx3, dy3) = tangent(a), tangent(b)
        ops.append(
            f"{x0 + dx0 * h / 3:.{p}f} {y0 + dy0 * h / 3:.{p}f} "
            f"{x3 - dx3 * h / 3:.{p}f} {y3 - dy3 * h / 3:.{p}f} {x3:.{p}f} {y3:.{p}f} c"
        )
    return ops


def _side_wave(
    t: float, start: Point, end: Point, periods: int, phase: float, amplitude: float
) -> Point:
    length = math.dist(start, end)
    ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
    offset = amplitude * math.sin(2 * math.pi * (periods * t / length + phase))
    return start[0] + ux * t - uy * offset, start[1] + uy * t + ux * offset


def _petal(theta: float, centre: Point, base: float, amplitude: float, lobes: int,
           shift: float) -> Point:  # fmt: skip
    r = base + amplitude * math.sin(lobes * theta + shift)
    return centre[0] + r * math.cos(theta), centre[1] + r * math.sin(theta)


TILE_PERIOD = 14.0
_TILE_STEP = f"1 0 0 1 {fp_str(TILE_PERIOD)} 0 cm"
BAND_AMPLITUDE = (INNER_INSET - OUTER_INSET) / 2 - 2.2


def _define_wave_tile(canvas: Canvas, amplitude: float) -> None:
    """One period of the two interlaced waves, as a form XObject placed along each side.

    ~200 placements of one small tile instead of ~1,500 curves: the frame costs ~5 KB
    per PDF instead of ~55 KB, which matters when each certificate is its own file.
    """
    canvas.beginForm(WAVE_TILE_FORM, -1, -amplitude - 1, TILE_PERIOD + 1, amplitude + 1)
    canvas.setStrokeColor(ACCENT_COLOUR)
    canvas.setLineWidth(0.45)
    ops: list[str] = []
    for phase in (0.0, 0.5):
        wave = partial(_side_wave, start=(0.0, 0.0), end=(TILE_PERIOD, 0.0), periods=1,
                       phase=phase, amplitude=amplitude)  # fmt: skip
        ops.extend(_bezier_ops(wave, 0.0, TILE_PERIOD, 4, precision=2))
        ops.append("S")
    canvas.addLiteral("\n".join(ops))
    canvas.endForm()


def _draw_guilloche(canvas: Canvas) -> None:
    """The band between the borders: a whole number of wave periods on each side.

    The waves cross the band's middle exactly at the corners, under the corner diamonds.
    """
    mid = (OUTER_INSET + INNER_INSET) / 2
    corners = [(mid, mid), (PAGE_WIDTH - mid, mid), (PAGE_WIDTH - mid, PAGE_HEIGHT - mid),
               (mid, PAGE_HEIGHT - mid)]  # fmt: skip
    for index, (sx, sy) in enumerate(corners):
        ex, ey = corners[(index + 1) % 4]
        length = math.dist((sx, sy), (ex, ey))
        ux, uy = (ex - sx) / length, (ey - sy) / length
        periods = round(length / TILE_PERIOD)
        period = length / periods
        stretch = period / TILE_PERIOD
        canvas.saveState()
        canvas.transform(ux * stretch, uy * stretch, -uy, ux, sx, sy)
        for _ in range(periods):
            canvas.doForm(WAVE_TILE_FORM)
            # one period on, in the side's own frame: canvas.translate(TILE_PERIOD, 0)'s
            # exact operator, without its ~7 us of number formatting, ~200 times a PDF
            canvas.addLiteral(_TILE_STEP)
        canvas.restoreState()


@cache
def _rosette_ops(cx: float = CENTRE_X, cy: float = 300.0) -> str:
    """Interlaced closed waves around a centre, as raw PDF path operators."""
    ops: list[str] = []
    for ring, (base, amplitude, lobes) in enumerate(((150, 22, 18), (112, 16, 14), (74, 12, 10))):
        for phase in range(3):
            shift = (phase / 3 + ring * 0.13) * 2 * math.pi
            petal = partial(_petal, centre=(cx, cy), base=base, amplitude=amplitude, lobes=lobes,
                            shift=shift)  # fmt: skip
            ops.extend(_bezier_ops(petal, 0.0, 2 * math.pi, lobes * 4))
            ops.append("h S")
    return "\n".join(ops)


def define_background(canvas: Canvas) -> None:
    """Define the page artwork as the form ``BACKGROUND_FORM`` (once per PDF).

    The artwork never changes, so it is drawn through the canvas once per process and
    its two form XObjects are replayed into later PDFs with their compressed streams:
    drawing and compressing it was ~2.5 ms of a one-certificate file. The replayed
    forms write the same bytes (``test_certificate_render`` compares both paths).
    """
    global _recipes
    if _recipes is None:
        _draw_background(canvas)
        _recipes = _capture_forms(canvas, (WAVE_TILE_FORM, BACKGROUND_FORM))
    else:
        _replay_forms(canvas, _recipes)


@dataclass(frozen=True)
class _FormRecipe:
    """What reportlab's ``Canvas.endForm`` recorded for one form XObject."""

    name: str
    bbox: tuple[float, float, float, float]
    stream: bytes
    forms_used: tuple[str, ...]


class _MemoFlate:
    """reportlab's Flate filter for streams that recur: each distinct content once."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._made: dict[bytes, bytes] = {}

    def encode(self, content: bytes) -> bytes:
        made = self._made.get(content)
        if made is None:
            made = self._made[content] = pdfdoc.PDFZCompress.encode(content)
        return made


_recipes: tuple[_FormRecipe, ...] | None = None
_memo_flate = _MemoFlate()


def _capture_forms(canvas: Canvas, names: tuple[str, ...]) -> tuple[_FormRecipe, ...] | None:
    """The recipes of forms just defined, or None where reportlab's internals differ."""
    recipes = []
    doc = canvas._doc  # reportlab has no public accessor
    for name in names:
        form = doc.idToObject.get(pdfdoc.xObjectName(name))
        if not isinstance(form, pdfdoc.PDFFormXObject) or form.compression != 1:
            return None
        xobjects = form.XObjects.dict if form.XObjects is not None else {}
        recipes.append(
            _FormRecipe(
                name,
                (form.lowerx, form.lowery, form.upperx, form.uppery),
                form.stream,
                tuple(n.removeprefix("FormXob.") for n in xobjects),
            )
        )
    return tuple(recipes)


def _replay_forms(canvas: Canvas, recipes: tuple[_FormRecipe, ...]) -> None:
    doc = canvas._doc
    for recipe in recipes:
        form = pdfdoc.PDFFormXObject(*recipe.bbox)
        form.compression = 0  # the stream below carries its (memoised) Flate filter
        stream = pdfdoc.PDFStream(content=recipe.stream, filters=[_memo_flate])
        stream.__Comment__ = "xobject form stream"
        form.Contents = stream
        form.XObjects = doc.xobjDict(list(recipe.forms_used)) if recipe.forms_used else None
        form.Annots = []
        form._colorsUsed = {}
        form.ExtGState = None
        doc.addForm(recipe.name, form)


def _draw_background(canvas: Canvas) -> None:
    _define_wave_tile(canvas, BAND_AMPLITUDE)  # forms cannot be defined inside forms
    canvas.beginForm(BACKGROUND_FORM, 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
    # faint rosette behind the name, the classic anti-photocopy texture of certificates
    canvas.setStrokeColor(WATERMARK)
    canvas.setLineWidth(0.5)
    canvas.addLiteral(_rosette_ops())
    # borders and the guilloche band between them
    canvas.setStrokeColor(PRIMARY_COLOUR)
    canvas.setLineWidth(2.2)
    canvas.rect(
        OUTER_INSET, OUTER_INSET, PAGE_WIDTH - 2 * OUTER_INSET, PAGE_HEIGHT - 2 * OUTER_INSET
    )
    canvas.setLineWidth(0.9)
    inner_w, inner_h = PAGE_WIDTH - 2 * INNER_INSET, PAGE_HEIGHT - 2 * INNER_INSET
    canvas.rect(INNER_INSET, INNER_INSET, inner_w, inner_h)
    _draw_guilloche(canvas)
    canvas.setStrokeColor(ACCENT_COLOUR)
    canvas.setLineWidth(0.6)
    canvas.rect(INNER_INSET + 4, INNER_INSET + 4, inner_w - 8, inner_h - 8)
    # corner ornaments: small gold diamonds on the inner frame
    canvas.setFillColor(ACCENT_COLOUR)
    for cx, cy in (
        (INNER_INSET, INNER_INSET),
        (PAGE_WIDTH - INNER_INSET, INNER_INSET),
        (INNER_INSET, PAGE_HEIGHT - INNER_INSET),
        (PAGE_WIDTH - INNER_INSET, PAGE_HEIGHT - INNER_INSET),
    ):
        path = canvas.beginPath()
        path.moveTo(cx, cy - 7)
        path.lineTo(cx + 7, cy)
        path.lineTo(cx, cy + 7)
        path.lineTo(cx - 7, cy)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    draw_mark(canvas, CENTRE_X, 532, 22)
    canvas.endForm()
