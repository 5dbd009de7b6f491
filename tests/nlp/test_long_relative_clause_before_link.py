"""Civil servants opening a clause with a long relative clause on them, closed by a comma before "agar"/"untuk" and
their conduct ("Para pegawai yang selama kampanye kemarin rajin membagikan unggahan seorang calon di grup percakapan,
agar berhenti melakukannya"), are asked it, as with a short one: the comma bounds the clause, so it may run longer,
hold a gloss in brackets or a joined pair ("cabup-cawabup"), and a relative clause of its own ("yang punya saudara
yang mencalonkan diri"). Guilt in the clause still names violators (no appeal), and an unclosed long clause is left.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Sekda mengumpulkan para kepala dinas jelang Pilkada 2024."

# (the sentence after LEAD, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Para pegawai yang selama masa kampanye kemarin rajin membagikan unggahan salah satu calon bupati di grup "
     "percakapan kantor, agar berhenti melakukannya mulai hari ini.", {"appeal"}),
    ("Seluruh ASN yang selama ini ikut menyebarkan foto bersama calon bupati-calon wakil bupati (cabup-cawabup) "
     "di akun pribadinya, agar menghapus unggahan tersebut.", {"appeal"}),
    ("Bagi PNS yang punya saudara atau ipar yang mencalonkan diri sebagai anggota DPRD maupun kepala daerah tahun "
     "ini, untuk tetap menjaga jarak dari kegiatan kampanye.", {"appeal"}),
    # guilt in the clause names violators; a long clause with no comma before the link is not read as one
    ("Para pegawai yang terbukti menghadiri deklarasi salah satu calon bupati di lapangan kecamatan pekan lalu, "
     "agar diperiksa inspektorat.", set()),
    ("Para pegawai yang selama masa kampanye kemarin rajin membagikan unggahan salah satu calon bupati di grup "
     "percakapan kantor agar berhenti melakukannya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead about the civil servants."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_long_relative_clause_closed_by_a_comma_keeps_the_request(analysed: list, k: int, text: str,
                                                                    kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
