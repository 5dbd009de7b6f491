"""Probe list of an event noun right after a role taken by a verb of becoming ("menjadi peserta kampanye itu boleh"):
the event word belongs to the role ("peserta kampanye"), so it is no subject of the modal either and the leave binds
the civil servants the story is about, as the role alone would. Negatives: a ban on a role with the event word keeps
its kind; a role in a relative clause still names whom the clause binds (here the public, so nothing); an act that
opens the clause ("Menggelar kampanye ...") is not a role. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Ketua Bawaslu kabupaten mengingatkan ASN agar menjaga netralitas pada Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Menjadi peserta kampanye itu siapa saja boleh, termasuk pegawai,\" ujarnya.", {"permission"}),
    ("Kalau hanya menjadi peserta kampanye, itu boleh, katanya.", {"permission"}),
    ("Jadi peserta kampanye terbuka boleh saja, asalkan tidak memakai seragam dinas.", {"permission"}),
    ("Menjadi tim kampanye itu tidak boleh, tegasnya.", {"prohibition"}),
    ("Warga yang menjadi peserta kampanye boleh membawa bendera partai.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_an_event_noun_after_a_role_is_no_subject(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
