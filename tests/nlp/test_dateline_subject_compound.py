"""Probe list of a sentence whose subject holds a hyphened compound ("Aparat TNI-Polri, ASN dan perangkat desa ...",
"Penjabat Kepala Daerah Kabupaten-Kota diminta ...") among the first lines of a story with no dateline (a second page
of an article): the hyphen is no dateline's dash, so the lines above it stay the story's and their directives count. A
real dateline glued to its lead ("SIAK-Camat ...", "Amurang-Penjabat Bupati ...") still puts the lines above it in the
front matter. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = ("Selain prajurit, pegawai negeri sipil juga dilarang ikut kampanye pasangan calon pada Pilkada 2024 di "
       "daerah ini.")

# (text, whether the ban on the first line is read as a prohibition)
FORMS: list[tuple[str, bool]] = [
    (BAN + "\nAparat TNI-Polri, ASN dan perangkat desa yang terbukti ikut berkampanye akan dijatuhi hukuman pidana "
     "sesuai undang-undang pemilihan.", True),
    (BAN + "\nPersonel TNI-Polri dan ASN yang terbukti ikut berkampanye akan dijatuhi hukuman pidana sesuai "
     "undang-undang pemilihan yang berlaku.", True),
    # look-alikes: a real dateline glued to its lead, whose front matter holds the line above
    (BAN + "\nSIAK-Camat Sungai Mandau mengumpulkan seluruh pegawai kecamatan untuk membacakan ikrar netralitas "
     "menjelang Pilkada 2024.", False),
    (BAN + "\nAmurang-Penjabat Bupati Minahasa Selatan mengumpulkan seluruh pegawai untuk membacakan ikrar netralitas "
     "menjelang Pilkada 2024.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "banned"), indexed(FORMS, lambda v: v[0][120:184]))
def test_compound_hyphen_is_no_dateline(analysed: list, k: int, text: str, banned: bool) -> None:
    found = any(d.kind == "prohibition" and d.sentence.startswith("Selain prajurit") for d in analysed[k].directives)
    assert found is banned
