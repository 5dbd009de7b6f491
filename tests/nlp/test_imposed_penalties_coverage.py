"""Probe list of penalties imposed or borne in a sentence that names no one, sentences after the civil servants a story
is about: a verb of giving or bearing right before the penalty ("Pemkab akan memberikan sanksi sesuai keputusan
Bawaslu", "Pelaku hanya akan dikenai sanksi", "BKPSDM menjatuhkan hukuman disiplin") or after a penalty noun ("Sanksi
akan diberikan dalam tingkat sedang") strikes the civil servants the story names, as the read gold gives most such
sentences a sanction. A penalty only named ("Sanksi berat menjadi bahan diskusi"), one given to other people ("kepada
pemain"), one right after a rule for someone else ("Calon dilarang ...") or a deck opening the story stays none, and
so does one past and someone else's, with no word of breach ("KPU juga memberikan sanksi teguran karena ...").
Sentences are our own; each probe follows a lead naming the civil servants three sentences before it, past the reach of
the context, and only the probe's last sentence is checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

LEAD = ("Bawaslu menemukan dugaan pelanggaran netralitas ASN di Kecamatan Sukamaju pada Pilkada 2024.\n"
        "Temuan itu berasal dari pemantauan pengawas kecamatan pada masa kampanye.\n"
        "Hasil pemantauan itu sudah dibahas dalam rapat pleno pekan lalu.\n")
S = ("sanction",)

# (the probe's text, its last sentence's kinds of directive)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # a verb of giving or bearing right before the penalty, or opening its cue
    ("Bupati menyatakan pemkab akan memberikan sanksi sesuai keputusan akhir Bawaslu.", S),
    ("Pelakunya paling berat hanya akan dikenai sanksi.", S),
    ("BKPSDM telah menjatuhkan hukuman disiplin sesuai rekomendasi KASN.", S),
    # the penalty noun first, given after it
    ("Sanksi akan diberikan dalam tingkat sedang.", S),
    ("Hukuman disiplin akan dijatuhkan setelah pemeriksaan selesai.", S),
    # stay as they were
    ("Sanksi berat menjadi bahan diskusi dalam rapat itu.", ()),
    ("Proses hukum kasus itu masih berjalan di kepolisian.", ()),
    ("Pengurus klub memberikan sanksi kepada pemain yang terlambat latihan.", ()),
    ("Bawaslu memberikan penjelasan tentang sanksi bagi pelanggar kampanye.", ()),
    ("Calon dilarang membagikan uang kepada pemilih. Jika ditemukan akan diberi sanksi tegas.", ()),
    # a penalty past, other people's or in general, with no word of breach, of what is to come or of the speaker's own
    ("Tahun lalu, sejumlah pengedar narkoba dijatuhi hukuman penjara oleh pengadilan negeri.", ()),
    ("Sebelumnya, KPU juga memberikan sanksi teguran karena laporan dana kampanye terlambat diserahkan.", ()),
    ("Menurut dia, sanksi yang diberikan selama ini belum menimbulkan efek jera.", ()),
    # ... but the speaker's own, past, is theirs
    ("Sesuai hasil pemeriksaan, kami sudah memberikan teguran tertulis.", S),
]
# a story opening with the penalty in a line of its own (a deck), the civil servants named after it
DECK_LINE = "Pelaku kampanye terselubung akan dikenai sanksi."
DECK = f"{DECK_LINE}\nBANDUNG - Sekda mengingatkan ASN agar netral pada Pilkada 2024."


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead naming the civil servants."""
    return analyse_all([LEAD + text for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_imposed_strikes_the_story_s_civil_servants(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    last = PROBES[k][0].split(". ")[-1]
    assert sentence_kinds(analysed[k], repair(last)) == set(kinds)


def test_a_deck_opening_the_story_threatens_no_one(run) -> None:
    assert sentence_kinds(run(DECK, published="2024-10-01"), DECK_LINE) == set()
