"""The English noun of duty a speaker switches to: "netralitas is a must" (obligation recall).

Speakers mix English into their Indonesian; "X is a must" binds those it names as "X wajib" does. Said of others
(supporters, a contest's organisers) it binds no civil servant. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY = "obligation"
LEAD = "Bupati menggelar apel bersama para pegawai menjelang Pilkada 2024. "

# (text, whether an obligation is expected in the sentence after the lead)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}\"Bagi pegawai negeri, netralitas is a must,\" tegasnya.", True),
    (f"{LEAD}Menurut dia, sikap netral seluruh ASN itu a must selama tahapan pemilihan.", True),
    # said of others: no civil servant bound
    (f"{LEAD}\"Bagi para pendukung calon, ketertiban saat kampanye is a must,\" kata Kapolres.", False),
    (f"{LEAD}Bagi penyelenggara pemilu, logistik yang tepat waktu is a must.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "bound"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_switched_must(analysed: list, k: int, text: str, bound: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "must" in d.sentence}
    assert (DUTY in got) is bound, (text, got)
