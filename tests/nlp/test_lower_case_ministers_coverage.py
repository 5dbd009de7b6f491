"""Probe list of ministers' titles written all in lower case inside a sentence, with the ministry's name spelt out
("edaran menteri dalam negeri", "kata wakil menteri agama"): after "menteri" the ministry's name names nothing else,
so the ministry is read as from the title in capitals. A minister named by no ministry ("menteri terkait") names
none, and a regulation's name written in lower case ("peraturan menteri dalam negeri") names the regulation, as a
body's name after "peraturan" does. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

KEMENDAGRI = "Kementerian Dalam Negeri"
KEMENPAN = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
KEMENAG = "Kementerian Agama"

# (text, the ministry it must name or None, a ministry it must not name or None)
FORMS = [
    ("Camat diminta netral sesuai surat edaran menteri dalam negeri yang terbit pekan lalu.", KEMENDAGRI, None),
    ("Ia mengutip pesan menteri pendayagunaan aparatur negara dan reformasi birokrasi soal netralitas pegawai.",
     KEMENPAN, None),
    ("Menurut wakil menteri agama, penyuluh honorer pun harus menjaga jarak dari peserta pemilu.", KEMENAG, None),
    ("Sesuai arahan menteri agama, guru madrasah diminta tidak ikut kampanye.", KEMENAG, None),
    # no ministry named after the title
    ("Ia menyebut menteri terkait sudah mengatur netralitas ASN dalam edaran bersama.", None, KEMENDAGRI),
    # a regulation's name in lower case
    ("Netralitas kepala desa juga diatur dalam peraturan menteri dalam negeri tentang perangkat desa.", None,
     KEMENDAGRI),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_a_lower_case_minister_names_the_ministry(analysed: list, k: int, text: str, named: str | None,
                                                  not_named: str | None) -> None:
    found = {m.agency for m in analysed[k].agencies}
    if named is not None:
        assert named in found
    if not_named is not None:
        assert not_named not in found
