"""A rule noun affirmed by a contrastive joiner after a denied predicate (obligation recall).

"Netralitas bukan pilihan, melainkan kewajiban": in a nominal clause "bukan X, melainkan/tetapi Y" makes Y the
predicate, as "adalah" would, so the duty noun after the joiner states the duty. The noun denied itself, or named
before the joiner ("bukan hanya kewajiban, tetapi juga ..."), states none. The stories are ours; all are analysed in
one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY = "obligation"
LEAD = "Bawaslu menggelar sosialisasi netralitas ASN menjelang Pilkada 2024. "

# (text, whether an obligation is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Menurut Sekda, menjaga netralitas bukan pilihan bagi ASN, melainkan kewajiban.", True),
    (f"{LEAD}Bagi pegawai, sikap netral bukanlah soal selera, tetapi kewajiban yang diatur undang-undang.", True),
    (f"{LEAD}Netralitas PNS bukan sekadar imbauan, tapi kewajiban.", True),
    (f"{LEAD}\"Netralitas itu bukan jargon, melainkan janji yang harus ditepati,\" kata Sekda.", True),
    # the noun denied, or named before the joiner; a relative clause on a noun no predicate affirms: no duty stated
    (f"{LEAD}Menurut Sekda, hadir di TPS bukan kewajiban bagi ASN yang sedang bertugas di luar kota.", False),
    (f"{LEAD}Netralitas ASN bukan hanya kewajiban, tetapi juga wujud tanggung jawab moral.", False),
    (f"{LEAD}Rapat itu membahas janji yang harus ditepati para calon setelah dilantik.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "duty"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_affirmed_rule_noun(analysed: list, k: int, text: str, duty: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (DUTY in got) is duty, (text, got)
