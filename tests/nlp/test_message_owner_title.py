"""Probe list of a regional head's title right after a message noun ("Pesan Bupati kepada ASN, jangan ...",
"Amanat Gubernur kepada pegawai, tetap netral"): the title owns the message, it is not the outsider the clause
binds, so the request or ban that follows the comma still tells the civil servants named after "kepada". A message
to the public asks no civil servant, and a head named as the one who must act (no message noun before the title)
stays someone else's rule, as does a message that is itself the subject. Sentences are our own; all are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
P = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Pesan Bupati kepada seluruh ASN, jangan sampai terlibat kampanye pasangan calon pada pilkada nanti.", P),
    ("Amanat Gubernur kepada para ASN, jangan pasang foto bersama calon di media sosial selama pilkada.", P),
    ("Pesan Wali Kota kepada ASN, tetap netral sampai hari pemungutan suara pilkada.", A),
    ("Arahan Pak Bupati kepada aparatur sipil negara, tetap netral selama tahapan pilkada berjalan.", A),
    ("Pesan Wakil Bupati kepada para ASN, jangan ikut deklarasi dukungan bagi calon di pilkada.", P),
    # the same with "agar" already read
    ("Pesan Bupati kepada seluruh ASN agar tetap netral selama pilkada berlangsung.", A),
    # look-alikes: a message to the public asks no civil servant; a head who must act himself is no addressee
    ("Pesan Bupati kepada warga, jangan golput pada hari pemungutan suara pilkada.", set()),
    ("Bupati jangan menggunakan fasilitas dinas untuk kampanye pilkada, kata ketua Bawaslu.", set()),
    # the message itself the subject, sent to no one named: the head's own
    ("Arahan gubernur tentang netralitas itu harus dijalankan di setiap kantor selama pilkada.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_title_after_message_noun_owns_it(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
