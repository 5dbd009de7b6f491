"""A rule that a request to outsiders reports is theirs (prohibition, obligation and permission precision).

A request verb whose object is someone outside the civil service, then "agar"/"supaya"/"untuk" and a modal ("mengimbau
warga agar jangan mudah percaya kabar bohong", "meminta pemilih supaya wajib membawa KTP") reports what those
outsiders are asked: no rule for the civil servants the story speaks of, as it is none with "tidak" in place of the
modal. A content that names civil servants keeps its rule ("meminta para calon agar jangan menarik ASN ..."), and so
does a request to civil servants. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

B, D, A = "prohibition", "obligation", "appeal"
LEAD = "Pj Bupati kembali meminta seluruh ASN bersikap netral dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # a request to outsiders reports their rule: none
    (LEAD + "Ia mengimbau warga agar jangan mudah percaya kabar bohong di grup percakapan.", set()),
    (LEAD + "Ia juga mengajak masyarakat supaya jangan terpancing isu suku dan agama.", set()),
    (LEAD + "Dia mengingatkan para pemilih agar wajib membawa undangan dan KTP ke TPS.", set()),
    (LEAD + "Kapolres meminta warga untuk tidak boleh main hakim sendiri bila menemukan pelanggaran.", set()),
    # ... a content naming civil servants, and a request to civil servants, keep their rule
    (LEAD + "Ia meminta para calon agar jangan menarik ASN ke dalam tim kampanye.", {B}),
    (LEAD + "Ia mengimbau para pegawai agar jangan memasang foto calon di akun pribadi.", {B}),
    (LEAD + "Ia mengingatkan seluruh ASN agar wajib menjaga jarak dari semua calon.", {D}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_outsiders_asked_rule(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} - {A} == kinds
