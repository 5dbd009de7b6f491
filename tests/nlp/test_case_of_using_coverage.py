"""A verb of using civil servants in a relative clause names a case, not what is asked: 'meminta masyarakat
melaporkan setiap kecurangan yang melibatkan ASN', 'bebas dari pelanggaran, termasuk yang melibatkan ASN'. A request
not to hold events or do things that use them ('tidak menggelar kegiatan yang melibatkan ASN') and a plain request not
to use them stay appeals."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

CONTEXT = "Netralitas ASN pada Pilkada 2024 diawasi ketat oleh Bawaslu."

PROBES: list[tuple[str, set[str]]] = [
    ("Kapolres meminta warga segera melaporkan kecurangan yang melibatkan ASN.", set()),
    ("Kami berharap dukungan semua pihak supaya pilkada bersih dari pelanggaran, termasuk yang melibatkan ASN.", set()),
    ("Ketua KPU mengajak wartawan memberitakan perkara yang memanfaatkan pegawai negeri secara berimbang.", set()),
    ("Ia meminta Bawaslu menuntaskan dugaan mobilisasi yang mengerahkan aparatur desa.", set()),
    # events or things the one asked would hold, and plain requests not to use them
    ("Bawaslu meminta para calon tidak menggelar kegiatan yang melibatkan ASN.", {"appeal"}),
    ("Ia mengimbau tim sukses agar tidak melakukan hal-hal yang melibatkan ASN.", {"appeal"}),
    ("Bawaslu meminta partai politik tidak melibatkan ASN dalam kampanye.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analyses(analyse_all) -> list:
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(PROBES, lambda v: v[0][:60]))
def test_case_of_using(analyses: list, k: int, sentence: str, kinds: set[str]) -> None:
    got = {d.kind for d in analyses[k].directives if d.sentence.strip() != CONTEXT}
    assert got == kinds
