"""A purpose of knowing closed by "maka" is no object of knowing: the rule after "maka" is given.

"Untuk mengenal visi misi calon maka ASN dapat mengikuti kampanye" states leave in its main clause, as it does with a
comma after the purpose; with no "maka" the rule after a verb of knowing stays what is to be known ("agar ASN
mengetahui hal yang boleh dan tidak boleh"). The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu kota menggelar sosialisasi netralitas ASN menjelang Pilkada 2024. "

# (text, the kind expected, or None for no directive in the sentence)
CASES: list[tuple[str, str | None]] = [
    (f"{LEAD}Untuk mengetahui program kandidat maka pegawai negeri dapat mengikuti kampanye.", "permission"),
    (f"{LEAD}Supaya memahami aturan maka setiap ASN wajib membaca surat edaran itu.", "obligation"),
    # knowing with no "maka": what is to be known, no rule given
    (f"{LEAD}Kegiatan ini digelar agar ASN mengetahui hal yang tidak boleh dilakukan selama kampanye.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kind"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_knowing_ends_at_maka(analysed: list, k: int, text: str, kind: str | None) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() and d.sentence[:20] in text[len(LEAD):]}
    assert got == ({kind} if kind else set()), (text, got)
