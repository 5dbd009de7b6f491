"""Leave put as a condition its modal of ability closes: "Kalau hanya menonton kampanye bisa." (permission recall).

Like "Kalau hadir boleh" and "Kalau ..., itu bisa dilakukan", a bare "bisa"/"dapat" ending the clause a condition
opens grants what the condition names. "Kalau memang bisa" (if possible), a negated modal and a modal closing a
clause with no condition ("Ke kantor Bawaslu juga bisa.") grant nothing. A short answer to a question ("Bisa, asal
...") stays leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bupati menjelaskan aturan netralitas ASN menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}ASN dilarang berkampanye. Kalau hanya menyimak pidato calon bisa.", True),
    (f"{LEAD}Kalau pegawai hanya menonton debat dari rumah dapat, tapi tidak boleh berkomentar.", True),
    (f"{LEAD}Bolehkah ASN datang ke kampanye? Bisa, asal tidak membawa atribut.", True),
    # if possible, negated, or no condition: no leave
    (f"{LEAD}Kalau memang bisa, ASN sebaiknya tetap di kantor.", False),
    (f"{LEAD}Pegawai yang melihat pelanggaran diminta melapor. Kalau tidak bisa, hubungi panwascam.", False),
    (f"{LEAD}Laporan diterima di kecamatan. Lewat kantor Bawaslu juga bisa.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_condition_closed_by_ability(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "bisa" in d.sentence.lower() or "dapat" in d.sentence}
    assert ("permission" in got) is allowed, (text, got)
