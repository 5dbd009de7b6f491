"""Freedom given to civil servants by name ("Pj Bupati memberikan kebebasan bagi ASN untuk memiliki preferensi
politik") is leave (permission recall), where it was no cue at all.

Only so: its object must name civil servants ("memberi kebebasan kepada warga", "kepada media", or no object with the
public fronted, "Bagi warga, bupati memberikan kebebasan", give none), and a pledge to give it ("berkomitmen untuk
memberikan kebebasan kepada seluruh jajaran") is a promise, no leave given, as the gold of the stories it comes from
reads it. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Penjabat bupati mengumpulkan ratusan pegawai negeri untuk membahas netralitas menjelang pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Ia memberikan kebebasan bagi ASN untuk memiliki pilihan politik masing-masing.", True),
    ("Sekda memberi kebebasan kepada para PNS untuk menentukan pilihannya di bilik suara.", True),
    # the public, the press, no one named, or a pledge: no leave to civil servants
    ("Bupati memberi kebebasan kepada warga untuk memilih calon mana pun.", False),
    ("Pemerintah daerah memberikan kebebasan kepada media untuk meliput tahapan pilkada.", False),
    ("Bagi warga, bupati memberikan kebebasan.", False),
    ("Kepala dinas berkomitmen untuk memberikan kebebasan kepada seluruh ASN dalam menggunakan hak pilih.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-30")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_freedom_given_by_name(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
