"""Probe list of a verb of telling with the civil servants after "kepada", then an aside opened by "baik" that pairs
who of them are meant ("..., baik yang bertugas di dinas maupun di sekolah, agar ..."): its own verbs describe them,
not what they are told, so the link after the comma closing it still asks them. An aside with no pairing word, a
thing passed on after it, or the public told ask no civil servant. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Saya sampaikan kepada seluruh ASN, baik yang bekerja di dinas, badan, kecamatan maupun di puskesmas, agar "
     "menjaga netralitas selama pilkada.", A),
    ("Kami tegaskan kepada para ASN, baik yang ditempatkan di kantor kelurahan serta di sekolah, untuk "
     "tetap netral pada pilkada.", A),
    ("Sekda menyampaikan kepada semua ASN, baik yang sudah lama mengabdi ataupun yang baru dilantik, supaya tidak "
     "memihak pasangan calon di pilkada.", A),
    # look-alikes: no pairing word in the aside; a thing passed on; the public told
    ("Saya sampaikan kepada seluruh ASN, baik sekali kalau kita menyambut pilkada dengan gembira, agar semua lancar.",
     set()),
    ("Saya sampaikan kepada seluruh ASN, baik yang bertugas di dinas maupun di sekolah, terima kasih atas kerja "
     "kerasnya selama pilkada.", set()),
    ("Saya sampaikan kepada seluruh warga, baik yang tinggal di kota maupun di desa, agar datang ke TPS saat "
     "pilkada.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_told_past_paired_aside(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
