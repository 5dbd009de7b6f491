"""Charts as inline SVG, drawn here so the HTML digest needs no script, CDN or network.

Two shapes cover the digest: grouped columns over weeks, and ranked horizontal bars.
Every bar is a `<rect class="bar">` carrying its value, so a browser test can find them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

PALETTE = ("#1d4e89", "#e07a1f", "#2a9d8f")
INK = "#1f2933"
MUTED = "#6b7785"
WIDTH = 720
FONT = "font-family='system-ui, -apple-system, Segoe UI, Roboto, sans-serif'"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]


def _svg(kind: str, title: str, height: int, body: list[str]) -> str:
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' class='chart' data-chart='{escape(kind)}' role='img' "
        f"viewBox='0 0 {WIDTH} {height}' width='{WIDTH}' height='{height}' {FONT} font-size='12'>"
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def _empty(kind: str, title: str, message: str) -> str:
    text = (f"<text class='empty' x='{WIDTH / 2}' y='50' text-anchor='middle' fill='{MUTED}' "
            f"font-size='14'>{escape(message)}</text>")
    return _svg(kind, title, 90, [text])


def _shorten(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def columns(kind: str, title: str, labels: Sequence[str], series: Sequence[Series], *,
            highlight: int | None = None, number: Callable[[int], str] = str, empty: str = "") -> str:
    """Grouped columns, one group per label (a week), one column per series, values on top."""
    peak = max((v for s in series for v in s.values), default=0)
    if peak == 0 and empty:
        return _empty(kind, title, empty)
    height, top, bottom, left, right = 280, 44, 36, 16, 16
    plot_h = height - top - bottom
    group_w = (WIDTH - left - right) / max(len(labels), 1)
    bar_w = min(28.0, group_w * 0.8 / max(len(series), 1))
    body = []
    for i, s in enumerate(series):  # legend
        x = left + i * 130
        body.append(f"<rect x='{x}' y='10' width='12' height='12' fill='{PALETTE[i % len(PALETTE)]}'/>")
        body.append(f"<text x='{x + 18}' y='20' fill='{INK}'>{escape(s.name)}</text>")
    base_y = top + plot_h
    body.append(f"<line x1='{left}' y1='{base_y}' x2='{WIDTH - right}' y2='{base_y}' stroke='{MUTED}'/>")
    for g, label in enumerate(labels):
        gx = left + g * group_w
        if g == highlight:
            body.append(f"<rect class='highlight' x='{gx:.1f}' y='{top - 14}' width='{group_w:.1f}' "
                        f"height='{plot_h + 14}' fill='#f1f5f9'/>")
        start = gx + (group_w - bar_w * len(series)) / 2
        for i, s in enumerate(series):
            value = s.values[g]
            h = 0 if peak == 0 else plot_h * value / peak
            x, y = start + i * bar_w, base_y - h
            body.append(f"<rect class='bar' data-value='{value}' x='{x:.1f}' y='{y:.1f}' width='{bar_w - 2:.1f}' "
                        f"height='{h:.1f}' fill='{PALETTE[i % len(PALETTE)]}'><title>{escape(s.name)} {escape(label)}: "
                        f"{escape(number(value))}</title></rect>")
            body.append(f"<text class='value' x='{x + (bar_w - 2) / 2:.1f}' y='{y - 4:.1f}' text-anchor='middle' "
                        f"fill='{INK}' font-size='11'>{escape(number(value))}</text>")
        weight = " font-weight='700'" if g == highlight else ""
        body.append(f"<text x='{gx + group_w / 2:.1f}' y='{base_y + 18}' text-anchor='middle' fill='{INK}'{weight}>"
                    f"{escape(label)}</text>")
    return _svg(kind, title, height, body)


def bars(kind: str, title: str, rows: Sequence[tuple[str, int]], *,
         number: Callable[[int], str] = str, empty: str = "") -> str:
    """Ranked horizontal bars with the label on the left and the value at the bar's end."""
    if not rows:
        return _empty(kind, title, empty)
    row_h, top, label_w, value_w = 26, 8, 250, 56
    height = top * 2 + row_h * len(rows)
    peak = max(v for _, v in rows) or 1
    span = WIDTH - label_w - value_w
    body = []
    for i, (label, value) in enumerate(rows):
        y = top + i * row_h
        w = span * value / peak
        body.append(f"<text x='{label_w - 8}' y='{y + 17}' text-anchor='end' fill='{INK}'>"
                    f"<title>{escape(label)}</title>{escape(_shorten(label, 34))}</text>")
        body.append(f"<rect class='bar' data-value='{value}' x='{label_w}' y='{y + 4}' width='{w:.1f}' "
                    f"height='{row_h - 8}' fill='{PALETTE[0]}'/>")
        body.append(f"<text class='value' x='{label_w + w + 6:.1f}' y='{y + 17}' fill='{INK}'>"
                    f"{escape(number(value))}</text>")
    return _svg(kind, title, height, body)
