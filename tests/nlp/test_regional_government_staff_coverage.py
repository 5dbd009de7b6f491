"""The officials or staff of the regional government itself ("pejabat pemda", "jajaran pemerintah daerah") are civil
servants (obligation, prohibition recall).

A staff word followed by an outside body is that body's staff ("jajaran KPU", "pejabat di Polres"), no civil servant;
the regional government is the civil servants' own employer, so its officials are addressed as "pejabat pemkab" and
"jajaran pemkot" already are. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Menjelang Pilkada 2024, bupati mengumpulkan para ASN di pendopo. "

# (text, the kind expected in the sentence after the lead, or None)
CASES: list[tuple[str, str | None]] = [
    (f"{LEAD}Semua pejabat pemerintah daerah harus menjaga jarak dari tim sukses.", "obligation"),
    (f"{LEAD}Jajaran pemda wajib menolak undangan deklarasi bakal calon.", "obligation"),
    (f"{LEAD}Para pejabat pemerintahan daerah dilarang memasang baliho calon di kantor.", "prohibition"),
    # an outside body's staff: no civil servant
    (f"{LEAD}Seluruh jajaran KPU wajib bekerja sesuai jadwal tahapan.", None),
    (f"{LEAD}Seluruh pejabat di Polres wajib menjaga keamanan saat kampanye.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kind"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_regional_government_staff(analysed: list, k: int, text: str, kind: str | None) -> None:
    sentence = text[len(LEAD):]
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() in sentence or sentence in d.sentence}
    assert (got == set()) if kind is None else (kind in got), (text, got)
