"""The data files: complete regions, one canonical name per spelling, generated regional bodies."""

from __future__ import annotations

from collections import Counter

from pipeline.nlp.regions import gazetteer
from pipeline.nlp.registry import registry
from pipeline.nlp.resources import load, versions


def test_all_38_provinces_and_514_regencies_are_listed():
    provinces = load("regions")["provinces"]
    assert len(provinces) == 38
    assert sum(len(p["regencies"]) for p in provinces) == 514
    assert all(p["regencies"] for p in provinces)


def test_provinces_answer_to_their_news_abbreviations():
    gaz = gazetteer()
    for short, name in [("Kaltim", "Kalimantan Timur"), ("Jatim", "Jawa Timur"), ("Sulsel", "Sulawesi Selatan"),
                        ("Sumbar", "Sumatera Barat"), ("NTB", "Nusa Tenggara Barat"),
                        ("DIY", "Daerah Istimewa Yogyakarta")]:
        assert gaz.candidates(short)[0].name == name


def test_a_name_shared_by_kabupaten_and_kota_ranks_kabupaten_first():
    levels = [r.level for r in gazetteer().candidates("Malang")]
    assert levels == ["kabupaten", "kota"]


def test_no_spelling_names_two_national_agencies():
    reg = registry()
    owners = Counter()
    for a in reg.agencies.values():
        if a.region is None and not a.key.endswith("@") and not a.local:  # units a text named: not national
            for s in {a.name.casefold(), (a.acronym or "").casefold(), *(x.casefold() for x in a.aliases)} - {""}:
                owners[s] += 1
    assert [s for s, n in owners.items() if n > 1] == []


def test_regional_bodies_exist_for_every_region():
    reg, gaz = registry(), gazetteer()
    for region in gaz.regions.values():
        types = ["pemda", "bawaslu", "kpu", "inspektorat", "bkd", "kesbangpol"]
        for t in types:
            assert reg.regional(t, region) is not None, (t, region.key)


def test_regional_names_follow_the_official_convention():
    reg, gaz = registry(), gazetteer()
    kaltim = gaz.province("Kalimantan Timur")
    lamongan = gaz.regions["kabupaten:Lamongan"]
    surabaya = gaz.regions["kota:Surabaya"]
    assert reg.regional("pemda", kaltim).name == "Pemerintah Provinsi Kalimantan Timur"
    assert reg.regional("pemda", kaltim).acronym == "Pemprov Kaltim"
    assert reg.regional("bawaslu", kaltim).name == "Bawaslu Provinsi Kalimantan Timur"
    assert reg.regional("bawaslu", lamongan).name == "Bawaslu Kabupaten Lamongan"
    assert reg.regional("kpu", surabaya).name == "Komisi Pemilihan Umum Kota Surabaya"
    assert reg.regional("kesbangpol", kaltim).name == "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur"


def test_kasn_is_recorded_as_dissolved_into_bkn():
    kasn = registry().agencies["kasn"]
    assert kasn.successor == "bkn" and kasn.valid_to


def test_ministers_are_derived_from_ministry_names():
    assert "Menteri Dalam Negeri" in registry().agencies["kemendagri"].offices
    assert "Menteri PANRB" in registry().agencies["kemenpanrb"].offices


def test_every_data_file_is_versioned():
    assert all(versions().values())


def test_the_registry_can_be_exported_as_records():
    from pipeline.nlp.registry import export

    rows = {r["key"]: r for r in export()}
    assert rows["bawaslu@kabupaten:Lamongan"]["province"] == "Jawa Timur"
    assert rows["kasn"]["successor"] == "bkn"
