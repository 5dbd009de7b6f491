"""Everyone as the subject of a modal ("Semuanya harus saling membantu ...", "Semua harus satu suara ...", "kita semua
harus menyukseskan pilkada"), after a sentence that addresses civil servants, asks everyone and binds no civil servant
unless the conduct asked is theirs in the election: the read half's gold counts none of 10 such modals without it (5
outlets) and all 7 with it ("Semua harus netral", "Kita semua harus menjaga netralitas ASN"). A sentence that names
the civil servants beside "semua" ("ASN semuanya wajib ...") stays theirs. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024 di Kabupaten Sleman."
OB = {"obligation"}
PR = {"prohibition"}

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Semuanya harus saling bahu-membahu melawan berita bohong,\" ujarnya.", set()),
    ("Semuanya harus ikut menjaga lingkungan tetap bersih selama masa kampanye.", set()),
    ("Semua harus satu suara dalam mengawal tahapan pemilu.", set()),
    ("\"Semua harus seirama demi kesejahteraan warga,\" kata Bupati.", set()),
    ("Semuanya juga harus berperan aktif melaporkan kabar yang tidak benar.", set()),
    ("\"Kita semua harus bersama-sama menyukseskan pilkada tahun ini,\" katanya.", set()),
    ("Oleh karena itu, semua wajib mendukung kelancaran pemungutan suara di desa masing-masing.", set()),
    ("Seluruhnya harus hadir tepat waktu pada apel pagi.", set()),
    # the look-alikes: the conduct asked is the civil servants' own in the election
    ("\"Semua harus netral,\" tegasnya.", OB),
    ("Semuanya wajib bersikap netral sampai pemungutan suara selesai.", OB),
    ("\"Kita semua harus tetap netral,\" kata Sekda.", OB),
    ("Kita semua harus bersama-sama menjaga netralitas ASN di lingkungan pemkab.", OB),
    ("Semuanya tetap harus profesional dan tidak memihak.", OB),
    ("Semua tidak boleh berpihak kepada pasangan calon mana pun.", PR),
    ("ASN semuanya wajib menjaga kebersihan kantor selama pilkada.", OB),
    ("Para camat semuanya harus hadir pada apel siaga pemilu.", OB),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_everyone_bound_only_by_election_conduct(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text.lstrip('"')) == kinds  # the sentence begins after its opening quote
