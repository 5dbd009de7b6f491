"""A holder whose compound given name the story writes once in two words and once as one ('Pj Bupati Kupang
Yohanes Mariyanto Lake' then 'Yohanesmariyanto Lake', 'Kepala BKD Nurhayati' then 'Nur Hayati Saleh') is one
official. People of different institutions stay apart, and so do short words that happen to join up. Sentences in
our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Netralitas ASN dalam Pilkada 2024 dibahas dalam apel pagi. "

# (text, the names listed)
FORMS = [
    (LEAD + "Pj Bupati Kupang Yohanes Mariyanto Lake meminta ASN netral. Menurut Pj Bupati Kupang Yohanesmariyanto "
     "Lake, pelanggar akan diperiksa.", {"Yohanes Mariyanto Lake"}),
    (LEAD + "Kepala BKD Blora Nurhayati meminta ASN netral. Kepala BKD Blora Nur Hayati Saleh juga meminta camat "
     "mengawasi pegawai.", {"Nur Hayati Saleh"}),
    # two institutions: two people
    (LEAD + "Bupati Blora Nurhayati meminta ASN netral. Kapolres Blora AKBP Nur Hayati Saleh juga hadir.",
     {"Nurhayati", "Nur Hayati Saleh"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_a_name_written_together_or_apart_is_one_holder(analysed: list, k: int, text: str, names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} == names


def test_short_or_identical_runs_do_not_join() -> None:
    from pipeline.nlp.components.officials import _rejoined

    assert _rejoined(("oder", "maks"), ("odermaks", "sombu"))
    assert not _rejoined(("ade", "li"), ("adeli", "putra"))  # too short to tell
    assert not _rejoined(("budi", "santoso"), ("budi", "santoso"))  # written the same: the plain match's
    assert not _rejoined(("budi", "santoso"), ("budisan", "toso"))  # as many words, split elsewhere: no compound
