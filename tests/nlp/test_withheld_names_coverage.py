"""A source asking not to be named: 'meminta namanya tidak disebutkan', 'minta identitasnya dirahasiakan', 'meminta
agar tidak ditulis namanya'. News reports use a request verb for it, but no conduct is asked of civil servants; a
request of civil servants' conduct in the same clause stays an appeal."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

CONTEXT = "Netralitas ASN pada Pilkada 2024 kembali dipersoalkan warga."

PROBES: list[tuple[str, set[str]]] = [
    ("Seorang pegawai dinas yang meminta namanya tidak disebutkan mengaku sempat diarahkan ke rumah calon.", set()),
    ("Seorang lurah yang minta identitasnya dirahasiakan menyebut rapat itu berlangsung sampai dini hari.", set()),
    ("Menurut sumber yang meminta tidak ditulis namanya, undangan itu datang dari sekretariat daerah.", set()),
    ("\"Kami hanya ikut perintah,\" ujar seorang guru yang meminta agar namanya tidak dipublikasikan.", set()),
    ("Salah satu staf kecamatan yang minta jati dirinya disamarkan membenarkan pertemuan tersebut.", set()),
    # the same verbs asking civil servants' conduct
    ("Bupati meminta seluruh ASN tidak menyebutkan nama calon dalam acara kedinasan.", {"appeal"}),
    ("Sekda meminta para camat agar tidak ikut menulis dukungan untuk calon di media sosial.", {"appeal"}),
    ("Kepala BKD meminta ASN menjaga nama baik korps dengan tetap netral.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analyses(analyse_all) -> list:
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(PROBES, lambda v: v[0][:60]))
def test_withheld_names(analyses: list, k: int, sentence: str, kinds: set[str]) -> None:
    got = {d.kind for d in analyses[k].directives if d.sentence.strip() != CONTEXT}
    assert got == kinds
