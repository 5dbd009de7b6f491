"""A word the tokenizer keeps with its full stop ("X.", "S.Sos.", "dll.") ends a sentence when a word that opens
sentences and names nobody follows (the social network, a regnal number, a block's letter, a speaker's degree, a
list's close); before a name it stays an initial or an honorific and the sentence goes on. The stories are ours."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN menjelang Pilkada 2024 kembali diingatkan. "

# (story, the opening words of the sentence that must stand on its own)
SPLIT = [
    (LEAD + "Video arahan itu diunggah akun resmi Pemkab di X. Dalam video itu Bupati melarang ASN memasang baliho "
     "calon.", "Dalam video itu"),
    (LEAD + "Pesan itu disampaikan Gubernur DIY Sri Sultan Hamengku Buwono X. Ia juga meminta ASN tidak berpihak.",
     "Ia juga meminta"),
    (LEAD + "Apel digelar di halaman Gedung C. Setelah apel, Sekda meminta ASN menjauhi kegiatan kampanye.",
     "Setelah apel"),
    (LEAD + '"ASN wajib netral," kata Kepala BKD Kabupaten Sleman Budi Santoso, S.Sos., M.Si. Ia juga melarang ASN '
     "memasang stiker calon.", "Ia juga melarang"),
    (LEAD + "ASN dilarang memasang spanduk, baliho, stiker, dll. Selain itu, Sekda meminta ASN tidak berfoto dengan "
     "calon.", "Selain itu"),
]

# an initial before the name goes on with the sentence
KEPT = [
    (LEAD + "Kepala BKD Kabupaten Sleman Budi S. Santoso meminta ASN tidak berpihak.", "Budi S. Santoso"),
    (LEAD + "Bupati Lombok Barat H. Lalu Saswadi meminta ASN tidak berpihak.", "Lalu Saswadi"),
    (LEAD + "Bupati Sleman Ir. Budi Santoso meminta ASN tidak berpihak.", "Budi Santoso"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in SPLIT + KEPT]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "opening"), SPLIT, ids=[c[1] for c in SPLIT])
def test_glued_stop_before_opener_ends_sentence(analysed: dict, text: str, opening: str) -> None:
    sentences = [d.sentence for d in analysed[text].directives]
    assert any(s.startswith(opening) for s in sentences), sentences


@pytest.mark.parametrize(("text", "name"), KEPT, ids=[c[1] for c in KEPT])
def test_initial_before_name_keeps_sentence(analysed: dict, text: str, name: str) -> None:
    result = analysed[text]
    assert name in {o.name for o in result.officials}, result.officials
    sentences = [d.sentence for d in result.directives]
    assert any(s.startswith("Kepala BKD") or s.startswith("Bupati") for s in sentences), sentences
