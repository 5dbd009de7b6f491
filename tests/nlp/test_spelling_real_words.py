"""A real Indonesian word one letter from a listed word is no misspelling of it (spelling.yaml `real_stems`,
`not_typos`), and a lower-case word after a level word is no misspelt place."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Sekda meminta ASN agar tidak memihak, pegawai dilarnag berkampanye.",
     "Sekda meminta ASN agar tidak memihak, pegawai dilarang berkampanye."),
    ("Daearh itu menjatuhkan sansi kepada dua pegawai.", "Daerah itu menjatuhkan sanksi kepada dua pegawai."),
    ("Kepal Dinas Pertanian hadir bersama camat.", "Kepala Dinas Pertanian hadir bersama camat."),
    ("Menjelang pelaksaan pemungutan suara, ASN diingatkan.",
     "Menjelang pelaksanaan pemungutan suara, ASN diingatkan."),
])
def test_a_misspelling_that_is_no_word_is_still_repaired(text: str, meant: str) -> None:
    assert repair(text) == meant


@pytest.mark.parametrize("text", [
    "Rencana rotasi itu diprotes puluhan guru honorer.",  # protes, not proses
    "Pegawai diminta tidak memijak rumput di halaman kantor.",  # pijak, not pihak
    "Polisi memberi pelonggaran jadwal pawai hingga H-3.",  # longgar, not langgar
    "Pemkab mewajibkan pegawai ikut pemilahan sampah rumah tangga.",  # pilah, not pilih
    "Penandaan batas desa dikerjakan tim kecamatan.",  # tanda, not tunda
    "Sesajen itu dilarung ke laut oleh warga pesisir.",  # larung, not larang
    "Pedagang pasar ikut terimbas kenaikan harga beras.",  # imbas, not imbau
    "Warga melaporkan penindasan oleh rentenir.",  # tindas, not tindak
    "Pemkot menggelar festival di Kota Tapis Berseri.",  # a motto, not Tapin
    "Anggita Rahayu dilantik sebagai lurah.",  # a given name, not anggota
])
def test_a_real_stem_near_a_cue_stays_with_its_affixes(text: str) -> None:
    assert repair(text) == text


def test_a_misspelt_cue_with_the_same_affixes_is_still_repaired() -> None:
    assert repair("Kasus itu diprosess dan ASN dilarnag memihakk.") == \
        "Kasus itu diproses dan ASN dilarang memihak."


def test_a_lower_case_word_after_a_level_word_is_a_nickname_not_a_misspelt_place() -> None:
    for text in ("Pegawai pemerintah kota tapis berseri diminta netral.",  # a town's nickname, not Tapin
                 "Warga kota pisang menyambut pawai budaya."):  # not Pinang
        assert repair(text) == text
    assert repair("Ketua Bawaslu Kabupaten Lombom Timur hadir.") == "Ketua Bawaslu Kabupaten Lombok Timur hadir."


def test_a_slip_as_near_to_a_real_word_as_to_a_listed_one_is_left_alone() -> None:
    assert repair("Pegawai diberi kesepatan berbicara.") == "Pegawai diberi kesepatan berbicara."  # kesempatan?
    assert repair("Dinas Keshatan Kota Bima") == "Dinas Kesehatan Kota Bima"
