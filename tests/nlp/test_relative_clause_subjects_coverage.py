"""Civil servants opening a clause, a relative clause on them and then "untuk"/"agar" with their conduct ("Para guru
yang mengajar di sekolah negeri untuk tetap netral") are asked it: the relative clause's verb says which of them are
meant, as a place after them does. A verb right before the link takes it as its own ("ASN yang hadir berniat untuk
mencari informasi" states their aim), and guilt in the clause ("yang terbukti ...") names violators: no appeal.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Bupati menggelar apel netralitas ASN jelang Pilkada 2024."

# (the sentence after LEAD, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Para guru yang mengajar di sekolah negeri untuk tetap menjaga netralitas selama masa kampanye.", {"appeal"}),
    ("Seluruh ASN yang berdinas di kantor kecamatan agar tetap menjaga netralitas selama masa kampanye.", {"appeal"}),
    # a verb right before the link, or guilt in the relative clause: no request
    ("Menurut Bupati, ASN yang datang ke lokasi kampanye berniat untuk mencari informasi tentang calon.", set()),
    ("Para pegawai yang terbukti hadir di kampanye itu untuk pertama kalinya dipanggil inspektorat.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead about the civil servants."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_relative_clause_on_the_subject_keeps_the_request(analysed: list, k: int, text: str,
                                                            kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
