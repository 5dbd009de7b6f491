"""In a list of those present, a village or ward head's name between commas stays his when the next entry opens
with a body rather than a title: an acronym and its place ("PPK Sukamaju, Budi") or a body read as such
("Panwaslu Kecamatan Sukamaju, Budi"). A list of bodies after a title names no holder. Stories in our own words."""

from __future__ import annotations


def test_holder_kept_before_an_acronym_and_its_place(run):
    result = run("Rapat netralitas ASN dihadiri Lurah Mekarsari, Suryadi, PPK Sukamaju, Budi Hartono, dan warga.")
    assert ("Suryadi", "Kelurahan Mekarsari") in {(o.name, o.agency) for o in result.officials}


def test_holder_kept_before_a_body_read_as_such(run):
    result = run("Rapat netralitas ASN dihadiri Kades Cibodas, Sarmin, Panwaslu Kecamatan Sukamaju, Budi Hartono, "
                 "dan warga.")
    assert ("Sarmin", "Desa Cibodas") in {(o.name, o.agency) for o in result.officials}


def test_no_holder_from_a_list_of_bodies(run):
    result = run("Rapat netralitas ASN dihadiri Camat Sukamaju, Bawaslu, KPU, dan warga.")
    assert not result.officials
