"""The public asked in the passive to help keep civil servants neutral ("Warga pun diminta turut menjaga netralitas
ASN") is a civic call, as the active form is ("mengajak masyarakat menjaga netralitas ASN"): no appeal to the civil
servants. The same passive asked of those who lead civil servants (regional heads, camat) still is one, and a duty
stated of the parties concerned ("Pihak terkait perlu bekerja sama menjaga ...") is left as it was. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Bawaslu Kabupaten Klaten menggelar sosialisasi pengawasan Pilkada 2024 di aula kecamatan."

# (the sentence after LEAD, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Masyarakat juga diminta ikut menjaga netralitas ASN selama tahapan kampanye.", set()),
    ("Warga diharapkan turut menjaga netralitas para ASN di desanya.", set()),
    ("Seluruh elemen masyarakat diimbau bersama-sama menjaga netralitas PNS menjelang pencoblosan.", set()),
    ("Publik pun diajak menjaga netralitas aparatur sipil negara hingga hari pemungutan suara.", set()),
    # those who lead civil servants, asked the same: an appeal
    ("Para kepala daerah diminta menjaga netralitas ASN di lingkungan kerjanya.", {"appeal"}),
    ("Camat dan lurah diharapkan dapat menjaga netralitas ASN di wilayah masing-masing.", {"appeal"}),
    # the civil servants asked themselves: an appeal
    ("Seluruh ASN diminta menjaga netralitas selama tahapan kampanye.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead on the election's supervision."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_public_asked_to_keep_neutrality(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
