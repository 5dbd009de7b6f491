"""A ban noun governed by a negated verb of giving, imposing or stating ("tidak memberikan larangan", "aturannya tidak
menjelaskan ada larangan bagi PNS") says no ban was given or written: leave, as "tidak ada larangan" is. A ban stated
among others ("tidak hanya mengatur larangan"), one not heeded ("tidak menaati larangan") and a ban given plainly stay
what they were. The stories are ours.
"""

from __future__ import annotations

import pytest

P, B = "permission", "prohibition"

# (text, the kinds expected among leave and ban; None: no leave, other kinds not checked)
CASES: list[tuple[str, set[str] | None]] = [
    # no ban given or written: leave
    ("Wali Kota menyebut pihaknya tidak memberikan larangan kepada ASN untuk menonton debat calon pada Pilkada 2024.",
     {P}),
    ("Sekda tidak memberi larangan bagi ASN untuk menonton kampanye Pilkada 2024 dari jauh.", {P}),
    ("Menurut Ketua KPU, peraturannya tidak menjelaskan ada larangan bagi PNS menjadi anggota PPS pada Pilkada 2024.",
     {P}),
    ("Pasal tersebut tidak menyebutkan secara khusus larangan ASN menjadi petugas pemilu pada Pemilu 2024.", {P}),
    ("Surat edaran itu tidak pernah mengatur larangan PNS mengikuti akun media sosial calon pada Pilkada 2024.", {P}),
    # a ban among others, a ban not heeded, a ban given: no leave
    ("Aturan itu tidak hanya mengatur larangan bagi ASN berfoto dengan calon pada Pilkada 2024.", {B}),
    ("Bupati memberikan larangan kepada ASN untuk menghadiri kampanye Pilkada 2024.", {B}),
    ("ASN yang tidak menaati larangan berkampanye akan disanksi pada Pilkada 2024.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every text analysed in one batch, by text."""
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "kinds"), CASES, ids=[t[:60] for t, _ in CASES])
def test_denied_ban_noun_is_leave(analysed: dict, text: str, kinds: set[str] | None) -> None:
    got = {d.kind for d in analysed[text].directives}
    if kinds is None:
        assert P not in got
    else:
        assert got & {P, B} == kinds
