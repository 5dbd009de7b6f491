"""A modal asked why, in a question reported without its mark ('mempertanyakan mengapa para guru harus ...', 'Kenapa
ASN wajib netral, tanya ...'), gives no duty; nor does one before a passive verb of ruling or amending ('Undang-undang
itu harus direvisi', 'Pegawai memang harus diatur'), what lawmakers and regulators must do. The read gold gives none
to the three such sentences. How civil servants must act ('bagaimana ASN harus bersikap') and their own active
duties stay obligations."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Ia mempertanyakan mengapa para guru harus menandatangani pakta integritas.", ()),
    ("Kenapa ASN wajib netral, tanya seorang peserta.", ()),
    ("Undang-undang itu harus direvisi oleh DPR.", ()),
    ("Pegawai di daerah memang harus diatur dengan tegas.", ()),
    ("Aturan kampanye di media sosial perlu diperketat.", ()),
    ("Menurutnya, ketentuan cuti pegawai wajib diubah sebelum pilkada berikutnya.", ()),
    # how civil servants must act, their own active duties: obligations still
    ("Ia menjelaskan bagaimana ASN harus bersikap ketika diajak berkampanye.", ("obligation",)),
    ("Pegawai harus mengatur jadwal cuti agar tidak bertepatan dengan kampanye.", ("obligation",)),
    ("Seluruh pegawai wajib mengubah foto profil yang memuat atribut calon.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_question_or_a_rule_amended_asks_no_conduct(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
