"""The verb of the vote ("menggunakan") with a letter lost, added or swapped is read as meant (spelling.yaml
`words`), so leave to vote written with the slip is found ("ASN tetap bisa menggunkan hak pilihnya"); the real
words near it stay as written, and the slip in a ban or in an appeal to voters at large gives no leave."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Pegawai tetap bisa menggunkan hak pilihnya.", "Pegawai tetap bisa menggunakan hak pilihnya."),
    ("Guru dapat mengunakan hak suaranya di TPS.", "Guru dapat menggunakan hak suaranya di TPS."),
    ("Staf boleh menggunakn hak pilih di desanya.", "Staf boleh menggunakan hak pilih di desanya."),
])
def test_the_vote_verb_misspelt_is_read_as_meant(text: str, meant: str) -> None:
    assert repair(text) == meant


@pytest.mark.parametrize("text", [
    "Pegawai itu menggunakan mobil pribadi ke kantor.",
    "Warga mengunggah foto kegiatan di media sosial.",
    "Sampah menggunung di depan pasar kecamatan.",
    "Kendaraan dinas tidak boleh digunakan untuk kampanye.",
])
def test_the_real_words_near_it_stay(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize("text", [
    "Kepala BKPSDM menyebut ASN tetap bisa menggunkan hak pilihnya pada Pilkada 2024.",
    "Ketua Bawaslu menegaskan PNS masih dapat mengunakan hak pilihnya di TPS pada Pilkada 2024.",
])
def test_leave_to_vote_with_the_slip_is_found(run, text: str) -> None:
    assert "permission" in {d.kind for d in run(text).directives}


@pytest.mark.parametrize("text", [
    "Kepala BKPSDM menegaskan ASN tidak bisa mengunakan fasilitas negara untuk kampanye Pilkada 2024.",
    "Bupati mengajak seluruh warga mengunakan hak pilihnya dengan bijak pada Pilkada 2024.",
])
def test_the_slip_in_a_ban_or_a_call_to_voters_gives_no_leave(run, text: str) -> None:
    assert "permission" not in {d.kind for d in run(text).directives}
