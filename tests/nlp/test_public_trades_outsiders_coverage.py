"""Probe list of requests to the public named by their trades or household roles (traders, farmers, fishers, parents,
customers): in a story that addresses civil servants, a request to them is no appeal to the civil servants; one to the
civil servants that only mentions those people still is. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second asks someone else, or them.
CONTEXT = "Bupati mengingatkan seluruh ASN agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    ("Kepala dinas juga mengimbau para pedagang agar menutup kios sebentar untuk mencoblos.", False),
    ("Camat meminta seluruh petani di desanya untuk tidak golput.", False),
    ("Kepala dinas perikanan mengajak para nelayan agar pulang melaut sebelum hari pencoblosan.", False),
    ("Kepala sekolah meminta para orangtua murid agar mengawasi anaknya selama masa kampanye.", False),
    ("Lurah mengimbau para peternak agar ikut menyalurkan hak pilih.", False),
    # ... but the civil servants asked, the trades only mentioned, are asked
    ("Kepala dinas meminta para ASN agar tidak mengarahkan pedagang memilih calon tertentu.", True),
    ("Camat mengimbau seluruh pegawai agar tidak membagikan bantuan kepada petani atas nama calon.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_request_to_the_public_by_trade_is_no_appeal(analysed: list, k: int) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
