"""The HTML digest in a real browser: headless Chromium draws the three charts.

Skips only where Chromium is absent (.ci/run installs Debian's chromium package).
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from warehouse.digest import parse_week, write_digest
from warehouse.digest.charts import PALETTE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

# Measures, in the laid-out page, every chart and the bars that have a visible size.
PROBE = """<script>
addEventListener('load', () => {
  const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
    const box = svg.getBoundingClientRect();
    const bars = [...svg.querySelectorAll('rect.bar')].filter(r => {
      const b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0; });
    return {chart: svg.dataset.chart, x: box.left + scrollX, y: box.top + scrollY, width: box.width,
            height: box.height, bars: bars.length,
            values: [...svg.querySelectorAll('text.value')].map(t => t.textContent)};
  });
  const pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(charts);
  document.body.appendChild(pre);
});
</script>"""


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--hide-scrollbars", *args],
        capture_output=True, text=True, timeout=120, check=True,
    )


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) bytes of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0
    channels = 3 if color == 2 else 4
    raw, stride, rows, previous = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line[i:i + 3]) for i in range(0, stride, channels))
        rows[-1] = b"".join(rows[-1])
        previous = line
    return width, height, rows


WINDOW = "--window-size=1000,3000"


@pytest.fixture(scope="module")
def page(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_digest(warehouse, parse_week("2023-W45"), tmp_path_factory.mktemp("browser")).html


@pytest.fixture(scope="module")
def layout(page: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Each chart's box (CSS pixels) and visible bars, as Chromium laid the page out."""
    tmp = tmp_path_factory.mktemp("probe")
    probed = tmp / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = chromium(WINDOW, "--dump-dom", probed.as_uri(), profile=tmp / "profile").stdout
    return {c["chart"]: c for c in json.loads(dom.split('<pre id="probe">')[1].split("</pre>")[0])}


def test_chromium_lays_out_all_three_charts_with_their_bars(layout: dict[str, dict]) -> None:
    assert set(layout) == {"trend", "agencies", "provinces"}
    assert all(c["width"] > 300 and c["height"] > 50 for c in layout.values())
    # trend: W41 1+1, W42 2, W44 1+1, W45 5+8 are the non-zero columns of 8 weeks x 2 series
    assert layout["trend"]["bars"] == 7
    assert layout["trend"]["values"][-2:] == ["5", "8"]
    assert layout["agencies"]["bars"] == 3 and layout["agencies"]["values"] == ["3", "3", "1"]
    assert layout["provinces"]["bars"] == 3 and layout["provinces"]["values"] == ["1", "1", "3"]


def test_the_screenshot_shows_the_bars_inside_each_chart(page: Path, layout: dict[str, dict], tmp_path: Path) -> None:
    shot = tmp_path / "digest.png"
    # a half-scale capture of the same 1000x3000 layout: bar interiors keep their exact colour
    chromium(WINDOW, "--force-device-scale-factor=0.5", f"--screenshot={shot}", page.as_uri(),
             profile=tmp_path / "profile")
    width, height, rows = png_pixels(shot)
    assert (width, height) == (500, 1500)
    articles, directives = (bytes.fromhex(c.lstrip("#")) for c in PALETTE[:2])

    def painted(chart: str, colour: bytes) -> int:
        box = layout[chart]
        x0, y0 = int(box["x"] / 2), int(box["y"] / 2)
        x1, y1 = int((box["x"] + box["width"]) / 2), int((box["y"] + box["height"]) / 2)
        return sum(rows[y][x * 3:x * 3 + 3] == colour for y in range(y0, min(y1, height)) for x in range(x0, x1))

    # half-scale areas of the drawn bars (legend swatches are 36 pixels)
    assert painted("trend", articles) > 800 and painted("trend", directives) > 800
    assert painted("agencies", articles) > 1000
    assert painted("provinces", articles) > 1000
