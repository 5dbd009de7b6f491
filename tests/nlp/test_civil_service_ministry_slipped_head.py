"""The civil-service ministry named by a slipped head whose tail is cut or slipped too: "Aparatur Sipil Negara" for
"Aparatur Negara" or "Pemberdayaan" for "Pendayagunaan", then "Reformasi Birokrasi" without its "dan". The head alone
names the ministry, as the correct head does; other ministries whose names open with "Pemberdayaan" stay theirs, and
the words without a ministry's or minister's title before them name nothing."""

from __future__ import annotations

import pytest

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"

# (sentence, the ministry it names or None)
CASES = [
    ("Guru itu dianggap melanggar edaran Menteri Pendayagunaan Aparatur Sipil Negara Reformasi Birokrasi tentang "
     "netralitas ASN pada Pemilu 2024.", PANRB),
    ("Menurut keputusan bersama Menteri Pemberdayaan Aparatur Negara Reformasi Birokrasi, ASN wajib netral dalam "
     "Pilkada 2024.", PANRB),
    ("Kementerian Pendayagunaan Aparatur Sipil Negara menegaskan ASN dilarang ikut kampanye Pilkada 2024.", PANRB),
    ("Sanksi bagi ASN tidak netral mengacu pada surat Menteri Pemberdayaan Aparatur Negara tahun 2024.", PANRB),
    # near misses: the women's ministry keeps its name; the words alone are no ministry
    ("Menteri Pemberdayaan Perempuan dan Perlindungan Anak meminta ASN netral dalam Pemilu 2024.",
     "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("Pelatihan soal pemberdayaan aparatur negara digelar sebelum Pemilu 2024, ASN diminta netral.", None),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in CASES])


@pytest.mark.parametrize("k", range(len(CASES)), ids=[c[0][:50] for c in CASES])
def test_slipped_head_names_the_ministry(analyses, k):
    _, expected = CASES[k]
    names = {a.agency for a in analyses[k].agencies}
    if expected is None:
        assert not any("Kementerian" in n for n in names), names
    else:
        assert expected in names, names
    if expected != PANRB:
        assert PANRB not in names, names
