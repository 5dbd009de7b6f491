"""Probe list of a modal of ability refused before the posting, the hand sign and the taking part that the joint decree
on neutrality names ("tidak bisa memposting", "tidak dapat menyebarluaskan", "tidak bisa mengikuti simbol",
"tidak dapat mengikuti kampanye"): it forbids the act to the civil servants named, as "tidak bisa berkampanye" does.
Said of someone else, it is an inability, no ban. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, whether it must give a prohibition)
FORMS: list[tuple[str, set[str]]] = [
    ("Selama masa kampanye Pilkada 2024, ASN tidak bisa memposting dukungan kepada calon di akun pribadinya.", P),
    ("Kepala BKPSDM menegaskan PNS tidak dapat menyebarluaskan foto pasangan calon di grup percakapan.", P),
    ("Saat berfoto dengan kandidat menjelang pilkada, pegawai tidak bisa mengikuti simbol jari pendukungnya.", P),
    ("Menurut Sekda, PPPK tidak dapat mengikuti kampanye pasangan calon pada Pilkada 2024.", P),
    # look-alikes: an inability of others
    ("Warga di pulau itu tidak bisa mengikuti kampanye pilkada karena kapal tidak berlayar.", set()),
    ("Akun media itu tidak dapat memposting berita pilkada sejak diretas.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_refused_posting_or_sign_is_a_ban(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert got & P == kinds
