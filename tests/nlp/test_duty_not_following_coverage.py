"""Probe list of a duty denied: "bukan berarti" / "tidak berarti" in the five words before a modal of duty, with no
mark between ("bukan berarti kita harus golput", "netral tidak berarti ASN wajib diam"), says the duty does not
follow, as the same words before a ban say the ban does not ("bukan berarti mereka tidak boleh memilih"): no
obligation. Past a comma the denial belongs to the clause before, and the duty after it stands. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY = {"obligation"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Sebagai ASN, bukan berarti kita harus diam saja menjelang Pilkada 2024.", set()),
    ("Menurut Kepala BKD, netral tidak berarti ASN wajib menutup diri dari warga jelang Pilkada 2024.", set()),
    ("Bagi pegawai, menjaga netralitas tak berarti harus golput pada Pilkada 2024.", set()),
    # look-alikes: the denial closed by a comma before the duty, or no denial
    ("ASN netral bukan berarti golput, mereka harus tetap memilih pada Pilkada 2024.", DUTY),
    ("Bukan berarti ASN diam, ASN wajib tetap melayani warga dengan adil selama Pilkada 2024.", DUTY),
    ("Sebagai ASN, kita harus netral menjelang Pilkada 2024.", DUTY),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_denied_duty_gives_no_obligation(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
