"""Probe list of a regional office of the civil-service agency spelt out with the agency's acronym explained before
its seat ('Kepala Kantor Regional VII Badan Kepegawaian Negara (BKN) Palembang, Budi'): that regional office, and
its head with it, as the office's other spellings give them. Without the seat, or with the acronym after the seat,
the forms read before stay as they were. Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

PROBES = [
    # (text, name or None, agency, listed)
    ("Kepala Kantor Regional VII Badan Kepegawaian Negara (BKN) Palembang, Hendra Saputra, mengingatkan ASN netral "
     "pada Pilkada 2024.", "Hendra Saputra", "Kantor Regional VII BKN Palembang", True),
    ("Kepala Kantor Regional II Badan Kepegawaian Negara (BKN) Surabaya, Dewi Lestari, menyebut data ASN yang "
     "melanggar netralitas pada Pemilu 2024 akan diblokir.", "Dewi Lestari", "Kantor Regional II BKN Surabaya", True),
    ("Rapat koordinasi netralitas ASN digelar Kantor Regional IV Badan Kepegawaian Negara (BKN) Makassar menjelang "
     "Pilkada 2024.", None, "Kantor Regional IV BKN Makassar", True),
    # negatives: the forms read before, unchanged
    ("Kepala Kantor Regional VII BKN Palembang, Hendra Saputra, mengingatkan ASN netral pada Pilkada 2024.",
     "Hendra Saputra", "Kantor Regional VII BKN Palembang", True),
    ("Badan Kepegawaian Negara (BKN) meminta seluruh ASN netral pada Pilkada 2024.", None,
     "Kantor Regional VII BKN Palembang", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "name", "agency", "listed"),
                         [pytest.param(k, *p, id=f"{k}-{p[0][:40]}|{p[2]}") for k, p in enumerate(PROBES)])
def test_a_glossed_regional_office_is_read_with_its_head(analysed: list, k: int, text: str, name: str | None,
                                                         agency: str, listed: bool) -> None:
    found = analysed[k]
    assert (agency in {m.agency for m in found.agencies}) is listed
    if name is not None:
        assert (name, agency) in {(o.name, o.agency) for o in found.officials}
