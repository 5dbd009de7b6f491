"""Probe list of a verb of asking closing a series of acts given as examples ("Seperti menggalang massa, serta mengajak
warga memilih calon tertentu", "antara lain mengajak keluarga ..."): the act is the conduct the ban before names, not
a request to the people it names, so it does not end the look-back and the next rule with no addressee of its own
still speaks to the civil servants. A request made before the listing word ("menyampaikan arahan, termasuk mengajak
warga ...") and one after a link ("agar") stay requests. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

BAN = "Ketua Bawaslu Kabupaten Contoh mengingatkan ASN dilarang berkampanye aktif pada Pilkada 2024."

# (examples sentence, next sentence, kinds of the next sentence)
PASSED: list[tuple[str, str, set[str]]] = [
    ("Seperti misalnya menggalang massa, membagikan stiker calon, serta mengajak warga memilih calon tertentu.",
     '"Intinya hanya boleh hadir secara pasif," ujarnya.', {"permission"}),
    ("Misalnya berorasi di atas panggung atau mengajak masyarakat mencoblos pasangan tertentu.",
     "Jangan sampai ada yang ikut terseret politik praktis.", {"prohibition"}),
    ("Termasuk mengajak keluarga dan tetangga mendukung salah satu calon.",
     "Diharapkan tetap menjaga netralitas hingga hari pemungutan suara.", {"appeal"}),
]

# (request to outsiders, next sentence): the request stays one and still ends the look-back
ASKED: list[tuple[str, str]] = [
    ("Bupati juga menyampaikan beberapa arahan, termasuk mengajak warga menjaga kebersihan TPS.",
     "Diharapkan tetap menjaga ketertiban hingga hari pemungutan suara."),
    ("Ia juga menyampaikan pesan, antara lain agar mengajak warga melapor bila menemukan politik uang.",
     "Diharapkan tetap menjaga ketertiban hingga hari pemungutan suara."),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call: the ban, the examples and the next sentence; the requests alone."""
    texts = [f"{BAN} {ex} {nxt}" for ex, nxt, _ in PASSED] + [f"{BAN} {req} {nxt}" for req, nxt in ASKED]
    return analyse_all(texts, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PASSED)), ids=[t[:40] for t, _, _ in PASSED])
def test_listed_act_leaves_the_look_back_open(analysed: list, k: int) -> None:
    example, following, kinds = PASSED[k]
    assert sentence_kinds(analysed[k], example) == set()
    assert sentence_kinds(analysed[k], following) == kinds


@pytest.mark.parametrize("k", range(len(ASKED)), ids=[t[:40] for t, _ in ASKED])
def test_request_before_listing_word_ends_the_look_back(analysed: list, k: int) -> None:
    request, following = ASKED[k]
    assert sentence_kinds(analysed[len(PASSED) + k], request) == set()
    assert sentence_kinds(analysed[len(PASSED) + k], following) == set()
