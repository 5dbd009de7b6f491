"""Leave that a news report or a rumour states ("kabar yang menyebutkan bahwa ASN boleh ..."), the report's noun
heading the relative clause of the speech verb before the leave, is what the report says, there to be clarified or
denied: no leave given (permission precision).

A speaker or an office heading that clause ("Mendagri yang menyatakan ASN boleh hadir"), a speaker's own statement,
and the clarified meaning after the report keep the leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKPSDM kabupaten meminta seluruh aparatur sipil negara menjaga netralitas menjelang Pilkada 2024. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Sempat beredar kabar di grup percakapan yang menyebutkan bahwa ASN boleh ikut berkampanye.", False),
    ("Ia meluruskan pemberitaan soal kehadiran pegawai yang menyatakan bahwa ASN diperbolehkan hadir di deklarasi.",
     False),
    ("Muncul isu di media sosial yang mengatakan PNS boleh memasang stiker calon di rumahnya.", False),
    ("Pihaknya menelusuri informasi yang menyebut pegawai kontrak dibolehkan menjadi tim sukses.", False),
    # a speaker or an office says it, or the meaning once clarified: leave given
    ("Mendagri yang menyatakan bahwa ASN boleh hadir di kampanye meminta mereka tetap pasif.", True),
    ("Bawaslu menyatakan bahwa ASN boleh menghadiri kampanye sebagai pendengar.", True),
    ("Maksud berita itu, ASN boleh hadir di kampanye tanpa atribut apa pun.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_reported_rumour_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
