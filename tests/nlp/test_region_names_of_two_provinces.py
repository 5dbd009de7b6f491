"""A bare place name regions of two provinces share ('Banjar': the regency in South Kalimantan, the city in West
Java, and districts and Balinese hamlets elsewhere) places a story only by the province its other places name;
alone it places nothing, nor does a numbered unit named by it ('SMPN 3 Banjar'). The sentences were written for
this test, not taken from any article."""

from __future__ import annotations

_TAIL = " Guru itu diduga tidak netral dalam Pemilu 2024 karena mengunggah foto caleg."


def test_a_shared_name_goes_by_the_province_the_story_names(run):
    west = "BANJAR - Seorang guru ASN di Banjar dilaporkan ke Bawaslu. Wali Kota Banjar, Jawa Barat, menegurnya."
    assert run(west + _TAIL).province == "Jawa Barat"
    south = "Seorang guru ASN di Banjar dilaporkan ke Bawaslu. Kasus serupa terjadi di Martapura, Kalimantan Selatan."
    assert run(south + _TAIL).province == "Kalimantan Selatan"


def test_a_unit_named_by_a_shared_name_places_nothing(run):
    text = ("Guru ASN SMPN 3 Banjar, Kabupaten Pandeglang, dilaporkan warga. Guru SMPN 3 Banjar itu memasang foto "
            "caleg di status WhatsApp." + _TAIL)
    assert run(text).province == "Banten"


def test_an_explicit_or_unshared_name_still_places_the_story(run):
    assert run("Bawaslu Kabupaten Banjar memanggil seorang guru ASN." + _TAIL).province == "Kalimantan Selatan"
    assert run("Bawaslu Kota Banjar memanggil seorang guru ASN." + _TAIL).province == "Jawa Barat"
    assert run("Guru ASN SMPN 3 Pandeglang dilaporkan ke Bawaslu." + _TAIL).province == "Banten"
