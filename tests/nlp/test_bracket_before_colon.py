"""A closing bracket right before a colon is two words, as before a comma or a full stop: spaCy keeps "):" whole as
an emoticon, which hid a holder's bracketed name before a colon ('Sambutan Kepala BKN (Zudan Arif Fakrulloh): ...').
A bracket closed before a comma and a colon after a plain word are read as before. Sentences in our own words."""

from __future__ import annotations

import pytest

from pipeline.nlp import get_nlp
from tests.nlp.probes import indexed, values

LEAD = "Apel netralitas ASN digelar jelang Pilkada 2024. "

# (text, the names listed)
FORMS = [
    (LEAD + "Sambutan Kepala BKN (Zudan Arif Fakrulloh): pegawai harus netral.", {"Zudan Arif Fakrulloh"}),
    (LEAD + "Pesan Bupati Ngawi (Ony Anwar Harsono): camat wajib mengawasi pegawai.", {"Ony Anwar Harsono"}),
    (LEAD + "Kepala BKN (Zudan Arif Fakrulloh), menegaskan pegawai harus netral.", {"Zudan Arif Fakrulloh"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_a_bracketed_holder_before_a_colon(analysed: list, k: int, text: str, names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} == names


def test_the_bracket_and_the_colon_are_two_words() -> None:
    words = [t.text for t in get_nlp().make_doc("Kepala BKN (Zudan): pegawai. Catatan: netral.")]
    assert words[3:7] == ["Zudan", ")", ":", "pegawai"]
    assert "Catatan" in words and words[words.index("Catatan") + 1] == ":"
