"""The regional governments' short forms slipped by a letter right before the region ("Pemrov", "Pemorov", "Pemprof",
"Pemkb", "Pemkap", "Pemkott"): read as Pemprov, Pemkab, Pemkot, so the region's government is named. The forms of
their own stay as written (Pemko, Pemprop, Pemda), a slip as near to two of them ("Pemkat": Pemkab or Pemkot) is left
alone, and so is a slip in lower case or before no capitalised word."""

from __future__ import annotations

import pytest

TEMPLATE = "Seluruh ASN di lingkungan {x} diminta menjaga netralitas pada Pilkada 2024."

# (short form as written, the government it names or None)
CASES = [
    ("Pemrov Jambi", "Pemerintah Provinsi Jambi"),
    ("Pemorov Sulsel", "Pemerintah Provinsi Sulawesi Selatan"),
    ("Pemprof Kalbar", "Pemerintah Provinsi Kalimantan Barat"),
    ("Pemkb Sleman", "Pemerintah Kabupaten Sleman"),
    ("Pemkap Bantul", "Pemerintah Kabupaten Bantul"),
    ("Pemkott Kendari", "Pemerintah Kota Kendari"),
    # forms of their own, read as they are
    ("Pemko Binjai", "Pemerintah Kota Binjai"),
    ("Pemprop Jambi", "Pemerintah Provinsi Jambi"),
    # near misses: a slip as near to two short forms; lower case; no region after it
    ("Pemkat Sleman", None),
    ("pemrov jambi", None),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([TEMPLATE.format(x=x) for x, _ in CASES])


@pytest.mark.parametrize("k", range(len(CASES)), ids=[c[0] for c in CASES])
def test_slipped_short_form_names_the_government(analyses, k):
    _, expected = CASES[k]
    names = {a.agency for a in analyses[k].agencies}
    if expected is None:
        assert not any(n.startswith("Pemerintah") for n in names), names
    else:
        assert expected in names, names


def test_a_slip_before_no_region_names_nothing(run):
    analysis = run("Pemrov dan jajarannya diminta menjaga netralitas ASN pada Pilkada 2024.")
    assert not any(a.agency.startswith("Pemerintah Provinsi ") for a in analysis.agencies)
