"""Probe list of a modal of ability refused before a partisan act the discipline rules name ("tidak dapat
mengampanyekan", "tidak bisa menjadi narasumber", "tidak bisa menggunakan atribut", "tidak dapat mengerahkan"): it
forbids the act to the civil servants named, as "tidak bisa berkampanye" does. Said of someone else, or of the speakers
themselves, it is an inability, no ban. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, whether it must give a prohibition)
FORMS: list[tuple[str, set[str]]] = [
    ("Menjelang Pilkada 2024, PNS tidak dapat mengampanyekan pasangan calon di lingkungan kantor.", P),
    ("Sekda menegaskan, ASN tidak bisa menjadi narasumber dalam pertemuan partai politik selama pilkada.", P),
    ("Pada masa kampanye pilkada, pegawai honorer juga tidak bisa menggunakan atribut pasangan calon.", P),
    ("Kepala dinas yang berstatus ASN tidak dapat mengerahkan bawahannya ke acara pasangan calon.", P),
    # look-alikes: an inability of others or of the speakers
    ("Panitia tidak bisa menggunakan atribut sekolah karena gudang masih dikunci menjelang pilkada.", set()),
    ("Kami tidak dapat mengajak semua warga datang ke TPS karena jaraknya jauh.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_refused_partisan_act_is_a_ban(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert got & P == kinds
