"""Probe list of the passive of knowing between a subject and its modal: "PNS juga diketahui tidak boleh ...", "ASN
sebagaimana diketahui wajib netral" say what is known of the subject, so the ban or duty stands, as it does after an
opening "Diketahui, ...". Knowing with an object before the cue ("memahami hal-hal yang tidak boleh") still only names
the rule, and a penalty after the passive ("barulah diketahui sanksi apa") is what is to be known. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

TAIL = " menjelang Pilkada 2024."

# (text, whether the analysis must give a prohibition or an obligation)
FORMS: list[tuple[str, bool]] = [
    (f"Pegawai negeri juga diketahui tidak boleh berswafoto dengan pasangan calon{TAIL}", True),
    (f"Para PPPK sebagaimana diketahui wajib menjaga jarak dari partai politik{TAIL}", True),
    (f"ASN memang diketahui dilarang memasang stiker calon di kendaraan dinas{TAIL}", True),
    # look-alikes: knowing with an object names the rule; a penalty after the passive is what is to be known
    (f"Pegawai negeri memahami hal-hal yang tidak boleh dilakukan{TAIL}", False),
    (f"Setelah pemeriksaan barulah diketahui sanksi apa bagi ASN itu{TAIL}", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "ruled"), indexed(FORMS, lambda v: v[0][:64]))
def test_known_of_the_subject_keeps_the_rule(analysed: list, k: int, text: str, ruled: bool) -> None:
    kinds = {d.kind for d in analysed[k].directives}
    assert bool(kinds & {"prohibition", "obligation"}) is ruled, kinds
