"""A penalty reported as not (yet) given or called off ("belum mendapat sanksi", "belum dijatuhkan sanksi", "batal
dikenai sanksi", "belum ditetapkan sanksinya") threatens nor imposes anything: no sanction. A threat beside a
verb of receiving something else ("yang belum mendapat sosialisasi pun akan dikenai sanksi") stays one."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

NONE = [
    "Sampai sekarang pegawai Dinas Sosial yang terbukti berkampanye pada Pilkada 2024 itu belum mendapat sanksi.",
    "Kepala sekolah tersebut terbukti mengunggah dukungan, tetapi belum dijatuhkan sanksi oleh BKPSDM.",
    "Lurah yang dilaporkan pada Pilkada 2024 itu batal dikenakan sanksi karena laporannya dicabut.",
    "BKD menyatakan ASN yang hadir di acara kampanye Pilkada 2024 itu belum ditetapkan sanksinya.",
]

KEPT = [
    "ASN yang belum mendapat sosialisasi pun tetap akan dikenai sanksi jika ikut berkampanye pada Pilkada 2024.",
    "ASN yang terbukti berkampanye pada Pilkada 2024 akan dijatuhi sanksi disiplin sedang.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = NONE + KEPT
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize("text", NONE)
def test_no_sanction(analysed, text: str) -> None:
    assert "sanction" not in sentence_kinds(analysed[text], text)


@pytest.mark.parametrize("text", KEPT)
def test_the_threat_stays(analysed, text: str) -> None:
    assert "sanction" in sentence_kinds(analysed[text], text)
