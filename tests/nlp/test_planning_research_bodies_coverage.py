"""Probe list of the planning body joined to research and development under the name many regions give it,
"Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah" ('Bapelitbang', 'BP4D'), generated as the
body's forms x region forms x sentences. Each must name the body of its province, regency or city under that
name, as the gold does, where it was left out; a head named with it belongs to it. Sentences are our own; the probes
are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

NAME = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"
UNITS = ["Bapelitbang", "BP4D", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bapelitbang)",
         "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan"]
REGIONS = [  # (as written after the body, the level and region of its name)
    ("Kabupaten Grobogan", "Kabupaten Grobogan"), ("Kab. Grobogan", "Kabupaten Grobogan"),
    ("Grobogan", "Kabupaten Grobogan"), ("Kota Kediri", "Kota Kediri"), ("Provinsi Jambi", "Provinsi Jambi"),
    ("Sulut", "Provinsi Sulawesi Utara"),
]
SENTENCES = [  # {x}: the body with its region; a head named where the sentence names one
    ("{x} menggelar sosialisasi netralitas ASN menjelang Pilkada 2024.", None),
    ("Kepala {x}, Hendra Wijaya, mengingatkan pegawainya netral pada Pilkada 2024.", "Hendra Wijaya"),
    ("Apel netralitas ASN jelang Pilkada 2024 diikuti pegawai Inspektorat dan {x}.", None),
]
FORMS = [(s.format(x=f"{u} {r}"), f"{NAME} {name}", head)
         for u, (r, name), (s, head) in product(UNITS, REGIONS, SENTENCES)]
# the region from the story, the body named alone after its head's title or in a list of staff
STORY = "Bupati Belu mengingatkan ASN netral pada Pilkada 2024. "
FORMS += [
    (STORY + "Kepala BP4D, Yosef Bria, ikut hadir.", f"{NAME} Kabupaten Belu", "Yosef Bria"),
    (STORY + "Maria Lay, Kabid Ekonomi, Dinas BP4D, ikut hadir.", f"{NAME} Kabupaten Belu", "Maria Lay"),
    (STORY + "Pegawai Bapelitbang juga diminta tidak berpihak.", f"{NAME} Kabupaten Belu", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency", "head"), indexed(FORMS, lambda v: f"{v[0][:80]}|{v[1][-25:]}"))
def test_a_planning_and_research_body_is_named(analysed: list, k: int, text: str, agency: str,
                                               head: str | None) -> None:
    analysis = analysed[k]
    assert agency in {m.agency for m in analysis.agencies}
    if head:
        assert {o.agency for o in analysis.officials if o.name == head} == {agency}
