"""Leave refused with a word between the negator and the leave, in the forms unseen outlets write (permission
precision).

"tidak diizinkan" forbids, but a future, an also, a never or a hedge between the negator and the leave ("ASN tidak akan
diizinkan hadir", "Bupati tak akan mengizinkan PNS ikut kampanye", "tidak pula diperbolehkan", "tidak mungkin
dibolehkan", "tidaklah boleh", "takkan diizinkan") had hidden the negation and let the bare leave word give leave. They
forbid, as the read half's gold reads every leave refused; leave a word before that is no negation ("ASN akan
diizinkan ...", "tidak hanya boleh ...") stays leave, and a ban on someone else bans no civil servant. The stories are
ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
T = " pada Pilkada 2024."

# (text, kinds the gold convention expects; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # a future, an also, a hedge or a never between the negator and the leave: refused
    ("ASN tidak akan diizinkan hadir di kampanye" + T, {B}),
    ("Bupati tidak akan mengizinkan ASN ikut kampanye" + T, {B}),
    ("Kami tak akan memperbolehkan pegawai memakai mobil dinas untuk kampanye" + T, {B}),
    ("Pemkab tidak bakal membolehkan PNS menjadi tim sukses" + T, {B}),
    ("PNS tidak pula diperbolehkan memasang spanduk calon" + T, {B}),
    ("Honorer tidak juga dibolehkan berfoto dengan pasangan calon" + T, {B}),
    ("ASN tidak mungkin diizinkan menjadi juru kampanye" + T, {B}),
    ("Pegawai tak pernah boleh memakai atribut partai" + T, {B}),
    ("ASN tidak sekali-kali diperkenankan memihak" + T, {B}),
    ("Aparatur tidak sedikit pun diperbolehkan menunjukkan dukungan" + T, {B}),
    # ... the negator with its particle or fused with "akan"
    ("ASN tidaklah boleh ikut berkampanye" + T, {B}),
    ("PPPK takkan diizinkan hadir di deklarasi calon" + T, {B}),
    # ... no rule at all that grants it, however the denial is stressed
    ("Tidak ada satu pun aturan yang memperbolehkan ASN berkampanye" + T, {B}),
    ("Tak ada satupun ketentuan yang membolehkan PNS menjadi pengurus partai" + T, {B}),
    # leave with a word before it that is no negation stays leave
    ("ASN akan diizinkan hadir di kampanye sebagai pendengar" + T, {P}),
    ("Mendagri juga mengizinkan ASN hadir di kampanye sebagai pendengar" + T, {P}),
    ("ASN tidak hanya boleh memilih, tetapi juga boleh menghadiri kampanye sebagai pendengar" + T, {P}),
    # someone else's leave refused bans no civil servant, nor gives leave
    ("Warga tidak akan diizinkan membawa ponsel ke bilik suara" + T, NO_LEAVE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][-70:]))
def test_refused_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert got == kinds
