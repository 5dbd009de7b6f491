"""Heads of police and army units by title, election monitors and voters with their own ways to vote are addressees
of their own (obligation, prohibition and permission precision).

A duty of a police chief or a district commander named by title ("Kapolsek wajib ...", "Dandim harus ..."), of the
monitors ("Pemantau pemilu wajib ...") or leave given to voters the law lets vote in their own way ("Pemilih
disabilitas boleh didampingi", "Warga binaan tetap bisa mencoblos") is theirs, not the civil servants' the story
speaks of, as the units' own ("Polres", "Kodim") already are. Civil servants named in the clause keep their rule. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

B, D, P = "prohibition", "obligation", "permission"
LEAD = "Sekda kembali meminta seluruh ASN agar netral dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # police and army heads, monitors and voters with their own ways: none
    (LEAD + "Kapolsek wajib mengecek kesiapan personel di setiap desa.", set()),
    (LEAD + "Dandim harus memastikan babinsa tidak memihak.", set()),
    (LEAD + "Pemantau pemilu wajib mengenakan tanda pengenal di lokasi pemungutan.", set()),
    (LEAD + "Pemilih disabilitas boleh dibantu keluarganya di bilik suara.", set()),
    (LEAD + "Warga binaan lembaga pemasyarakatan tetap bisa mencoblos di TPS khusus.", set()),
    (LEAD + "Pendamping pemilih harus menandatangani surat pernyataan menjaga rahasia.", set()),
    # ... civil servants named in the clause keep their rule
    (LEAD + "ASN dilarang menjadi pemantau bagi lembaga milik tim calon.", {B}),
    (LEAD + "Pegawai yang bertugas di lapas wajib menjaga netralitas.", {D}),
    (LEAD + "ASN boleh mendampingi keluarganya yang disabilitas saat mencoblos.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_police_heads_special_voters(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
