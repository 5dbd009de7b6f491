"""Employers, private workers, pollsters and the organisers' commissioners are addressees of their own (obligation
and prohibition precision).

The election laws bind employers to let their workers vote, pollsters to register with the commission and time their
counts, and the commissioners and their selection panels to keep away from the candidates. A duty or a ban on them
("Pemberi kerja wajib ...", "Lembaga survei harus terdaftar ...", "Para komisioner dilarang ...") and on the counts
they release ("Hasil hitung cepat tidak boleh diumumkan ...") is not a rule for the civil servants the story speaks of.
Civil servants named in the clause keep their rule, also where the speaker is a commissioner or they are told how to
treat a pollster. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

B, D = "prohibition", "obligation"
LEAD = "Wali kota kembali meminta seluruh ASN agar netral dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # employers, private staff, pollsters, commissioners, panels and counts head the clause: none
    (LEAD + "Pemberi kerja wajib memberi waktu kepada para buruhnya untuk mencoblos.", set()),
    (LEAD + "Majikan tidak boleh menahan pekerjanya di pabrik saat hari pemungutan suara.", set()),
    (LEAD + "Manajemen perusahaan harus menyusun ulang jadwal sif pada hari pencoblosan.", set()),
    (LEAD + "Karyawan swasta wajib diliburkan pada hari pencoblosan.", set()),
    (LEAD + "Lembaga survei harus mendaftarkan diri ke KPU sebulan sebelum pemungutan suara.", set()),
    (LEAD + "Para komisioner dilarang makan bersama tim calon mana pun.", set()),
    (LEAD + "Tim seleksi wajib merahasiakan nilai para peserta tes.", set()),
    (LEAD + "Hasil hitung cepat tidak boleh disiarkan sebelum pukul tiga sore.", set()),
    # ... civil servants named in the clause keep their rule
    (LEAD + "ASN dilarang menyebarkan hasil survei yang mengunggulkan salah satu calon.", {B}),
    (LEAD + "Menurut komisioner itu, ASN wajib menjaga jarak dari semua calon.", {D}),
    (LEAD + "Pegawai tidak boleh menjadi pengurus lembaga survei milik tim pemenangan.", {B}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_private_employers_pollsters(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
