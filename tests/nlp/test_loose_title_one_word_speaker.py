"""A holder of one word written right after an office the registry cannot name, with no comma, is that office's
holder when he is the speaker: a verb of saying follows him ('Kabag Humas Warsito menjelaskan ...') or an
attribution word opens the title and the sentence ends with him ('..., ujar Asisten Pemerintahan Warsito.'). A body
or a place after the title, a word that goes on the sentence, or a word the story writes in lower case names no one.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Pemerintah Kabupaten Klaten mengingatkan ASN agar netral dalam Pilkada 2024. "
PEMKAB = "Pemerintah Kabupaten Klaten"

# (text, officials found as (name, agency))
FORMS = [
    (LEAD + "Kabag Humas Warsito menjelaskan aturan itu kepada wartawan.", {("Warsito", PEMKAB)}),
    (LEAD + "Kepala Bagian Organisasi Sulastri mengingatkan agar pegawai tidak berfoto dengan calon.",
     {("Sulastri", PEMKAB)}),
    (LEAD + '"Jangan ikut kampanye," ujar Asisten Pemerintahan Warsito.', {("Warsito", PEMKAB)}),
    (LEAD + "Surat edaran sudah dibagikan ke semua dinas, kata Kabag Hukum Sulastri.", {("Sulastri", PEMKAB)}),
    # negatives: a body after the title; no attribution word before it; a word the story writes in lower case; the
    # sentence going on after the word with no verb of saying
    (LEAD + "Kabag Hukum Setda mengatakan surat edaran sudah dibagikan.", set()),
    (LEAD + "Surat edaran disusun oleh Kabag Hukum Sulastri.", set()),
    (LEAD + "Kabag Hukum Mandiri menjelaskan aturan itu, sebab bagian itu mandiri mengurus hukum.", set()),
    (LEAD + "Kabag Humas Warsito dan stafnya hadir dalam apel pagi.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "found"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_one_word_speaker_after_a_loose_title(analysed: list, k: int, text: str, found: set) -> None:
    assert {(o.name, o.agency) for o in analysed[k].officials} == found
