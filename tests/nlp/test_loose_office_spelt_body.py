"""Title-case words after an office the registry cannot name that go on to a bracketed acronym spelling them from a
word of the unit before them ('Direktur Lembaga Independen Pemantau Pemilu (LIPP)') are the rest of a body's name,
not its head's. A person's initials in brackets after the name ('Kepala Dinas Arsip Agus Tauchid (AT)') keep the
holder. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Bupati Sleman Kustini meminta ASN netral dalam Pilkada 2024. "

# (text, the names listed besides Kustini)
FORMS = [
    (LEAD + "Direktur Lembaga Independen Pemantau Pemilu (LIPP) Sulut ini menilai ASN rawan dimobilisasi.", set()),
    (LEAD + "Menurut Direktur Lembaga Riset Demokrasi Lokal (LRDL), ASN rawan dimobilisasi.", set()),
    # a person's initials: the holder stays
    (LEAD + "Kepala Dinas Arsip Agus Tauchid (AT) menilai ASN rawan dimobilisasi.", {"Agus Tauchid"}),
    (LEAD + "Kepala Dinas Arsip Agus Budi Tauchid (ABT) menilai ASN rawan dimobilisasi.", {"Agus Budi Tauchid"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_a_body_spelt_by_its_acronym_is_no_holder(analysed: list, k: int, text: str, names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} - {"Kustini"} == names
