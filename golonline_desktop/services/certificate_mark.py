"""Our own programme mark: a shop with an awning under "online" signal arcs, in a disc.

Drawn from one geometry both on the certificate (reportlab vectors, no image to load) and
as ``resources/icons/golonline-mark.svg`` (``mark_svg()``), so the two never drift apart.
It deliberately resembles no ministry or marketplace logo.

Geometry is in a unit square centred on the origin, y up, disc radius 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

PRIMARY = "#0B4F6C"
ACCENT = "#D4A62A"
PAPER = "#FFFFFF"


@dataclass(frozen=True)
class _Disc:
    cx: float
    cy: float
    r: float
    fill: str


@dataclass(frozen=True)
class _Ring:
    cx: float
    cy: float
    r: float
    stroke: str
    width: float


@dataclass(frozen=True)
class _Polygon:
    points: tuple[tuple[float, float], ...]
    fill: str


@dataclass(frozen=True)
class _HalfDisc:
    """The lower half of a disc hanging from (cx, cy): one scallop of the awning."""

    cx: float
    cy: float
    r: float
    fill: str


@dataclass(frozen=True)
class _Arc:
    cx: float
    cy: float
    r: float
    start: float  # degrees, counter-clockwise from +x
    extent: float
    stroke: str
    width: float


_Shape = _Disc | _Ring | _Polygon | _HalfDisc | _Arc


def _rect(x0: float, y0: float, x1: float, y1: float, fill: str) -> _Polygon:
    return _Polygon(((x0, y0), (x1, y0), (x1, y1), (x0, y1)), fill)


def _shapes() -> tuple[_Shape, ...]:
    awning_top, awning_bottom = 0.14, -0.04
    scallop_r = 0.1
    scallops = tuple(
        _HalfDisc(-0.3 + i * 0.2, awning_bottom, scallop_r, ACCENT if i % 2 else PAPER)
        for i in range(4)
    )
    return (
        _Disc(0, 0, 1, PRIMARY),
        _Ring(0, 0, 0.88, ACCENT, 0.045),
        # shop body, door and window
        _rect(-0.36, -0.56, 0.36, -0.06, PAPER),
        _rect(-0.09, -0.56, 0.09, -0.26, PRIMARY),
        _rect(-0.28, -0.36, -0.15, -0.2, PRIMARY),
        _rect(0.15, -0.36, 0.28, -0.2, PRIMARY),
        # awning: a trapezoid with four scallops, striped white and gold
        _Polygon(((-0.4, awning_bottom), (0.4, awning_bottom), (0.34, awning_top),
                  (-0.34, awning_top)), PAPER),
        _Polygon(((-0.2, awning_bottom), (0.0, awning_bottom), (-0.0, awning_top),
                  (-0.17, awning_top)), ACCENT),
        _Polygon(((0.2, awning_bottom), (0.4, awning_bottom), (0.34, awning_top),
                  (0.17, awning_top)), ACCENT),
        *scallops,
        # "online": a dot and two signal arcs above the roof
        _Disc(0, 0.3, 0.055, ACCENT),
        _Arc(0, 0.3, 0.19, 45, 90, ACCENT, 0.07),
        _Arc(0, 0.3, 0.35, 45, 90, ACCENT, 0.07),
    )  # fmt: skip


SHAPES: tuple[_Shape, ...] = _shapes()


def draw_mark(canvas: Canvas, cx: float, cy: float, radius: float) -> None:
    """Draw the mark on a reportlab canvas, centred at (cx, cy)."""
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.scale(radius, radius)
    canvas.setLineCap(1)
    for shape in SHAPES:
        if isinstance(shape, _Disc):
            canvas.setFillColor(HexColor(shape.fill))
            canvas.circle(shape.cx, shape.cy, shape.r, stroke=0, fill=1)
        elif isinstance(shape, _Ring):
            canvas.setStrokeColor(HexColor(shape.stroke))
            canvas.setLineWidth(shape.width)
            canvas.circle(shape.cx, shape.cy, shape.r, stroke=1, fill=0)
        elif isinstance(shape, _Polygon):
            canvas.setFillColor(HexColor(shape.fill))
            path = canvas.beginPath()
            path.moveTo(*shape.points[0])
            for point in shape.points[1:]:
                path.lineTo(*point)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        elif isinstance(shape, _HalfDisc):
            canvas.setFillColor(HexColor(shape.fill))
            path = canvas.beginPath()
            path.moveTo(shape.cx - shape.r, shape.cy)
            r = shape.r
            path.arcTo(shape.cx - r, shape.cy - r, shape.cx + r, shape.cy + r, 180, 180)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(HexColor(shape.stroke))
            canvas.setLineWidth(shape.width)
            r = shape.r
            path = canvas.beginPath()
            path.arc(shape.cx - r, shape.cy - r, shape.cx + r, shape.cy + r, shape.start,
                     shape.extent)  # fmt: skip
            canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def _f(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def mark_svg(size: int = 256) -> str:
    """The mark as a standalone SVG document (viewBox -1..1, y flipped to SVG's down)."""
    parts: list[str] = []
    for shape in SHAPES:
        if isinstance(shape, _Disc):
            parts.append(
                f'<circle cx="{_f(shape.cx)}" cy="{_f(-shape.cy)}" r="{_f(shape.r)}" '
                f'fill="{shape.fill}"/>'
            )
        elif isinstance(shape, _Ring):
            parts.append(
                f'<circle cx="{_f(shape.cx)}" cy="{_f(-shape.cy)}" r="{_f(shape.r)}" '
                f'fill="none" stroke="{shape.stroke}" stroke-width="{_f(shape.width)}"/>'
            )
        elif isinstance(shape, _Polygon):
            points = " ".join(f"{_f(x)},{_f(-y)}" for x, y in shape.points)
            parts.append(f'<polygon points="{points}" fill="{shape.fill}"/>')
        elif isinstance(shape, _HalfDisc):
            x0, x1, y = shape.cx - shape.r, shape.cx + shape.r, -shape.cy
            parts.append(
                f'<path d="M{_f(x0)} {_f(y)} A{_f(shape.r)} {_f(shape.r)} 0 0 0 '
                f'{_f(x1)} {_f(y)} Z" fill="{shape.fill}"/>'
            )
        else:
            a0, a1 = math.radians(shape.start), math.radians(shape.start + shape.extent)
            x0, y0 = shape.cx + shape.r * math.cos(a0), -(shape.cy + shape.r * math.sin(a0))
            x1, y1 = shape.cx + shape.r * math.cos(a1), -(shape.cy + shape.r * math.sin(a1))
            parts.append(
                f'<path d="M{_f(x0)} {_f(y0)} A{_f(shape.r)} {_f(shape.r)} 0 0 0 '
                f'{_f(x1)} {_f(y1)}" fill="none" stroke="{shape.stroke}" '
                f'stroke-width="{_f(shape.width)}" stroke-linecap="round"/>'
            )
    body = "\n  ".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="-1 -1 2 2">\n  <title>UMKM Go Online mark (GoOnline Desktop)</title>\n'
        f"  {body}\n</svg>\n"
    )
