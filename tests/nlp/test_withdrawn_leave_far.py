"""Leave once stated by someone, named after "pernah" with a longer noun phrase before the leave cue ("meski pernah
ada surat dari kementerian yang membolehkan PNS hadir"), is no leave in force (permission precision).

"pernah" reaches the leave cue past up to eight words of its clause that hold no verb but a speech verb: the
statement, the rule or the letter and whose it was. A verb of another deed between ("PNS yang pernah menjadi panitia
... boleh") or a comma closing a clause of its own keeps the leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengingatkan seluruh pegawai negeri agar netral dalam pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Meski pernah ada pernyataan dari Menteri Pendayagunaan Aparatur yang membolehkan ASN hadir di kampanye, aturan "
     "daerah belum berubah.", False),
    ("Dahulu pernah ada surat edaran dari gubernur yang mengizinkan PNS menghadiri deklarasi calon.", False),
    ("Wakil bupati mengaku pernah ada arahan lisan dari atasan yang memperbolehkan pegawai ikut rapat umum.", False),
    # another deed between, or "pernah" in a clause of its own: the leave stands
    ("Pegawai yang pernah menjadi panitia lomba desa tahun lalu boleh hadir di kampanye sebagai pendengar.", True),
    ("Seperti yang pernah diumumkan Sekda tahun lalu, ASN boleh menghadiri kampanye tanpa atribut.", True),
    ("Panwas menyatakan pegawai boleh menonton debat calon di rumah masing-masing.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-20")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_withdrawn_leave_far(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
