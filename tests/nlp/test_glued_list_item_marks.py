"""A list's mark glued to its item's first word at a line's start ("-Diperkenankan ...", "•ASN dilarang ...",
"1)Dilarang ...", "b)Wajib ..."): the tokenizer keeps mark and word together and the cue is lost, so a space parts
them; the item is then read as it is without its mark. A dash inside a line ("e-KTP", a dateline's "X-Bupati"), a
longer number before a bracket and a mark before no letter are left. The stories are ours."""

from __future__ import annotations

import pytest

from pipeline.nlp import _doc
from pipeline.records import Article

LEAD = "Kepala BKPSDM Kabupaten Sleman Budi Santoso menjelaskan aturan bagi ASN selama Pilkada 2024.\n"

# (glued item, the kind of directive it carries)
ITEMS = [
    ("-Diperkenankan menemani istri atau suami yang maju sebagai calon bupati dengan cuti di luar tanggungan negara.",
     "permission"),
    ("•ASN dilarang mengunggah foto bersama pasangan calon di media sosial.", "prohibition"),
    ("1)Dilarang menghadiri deklarasi bakal calon kepala daerah.", "prohibition"),
    ("b)ASN wajib bersikap netral saat melayani masyarakat.", "obligation"),
    ("→Dilarang memasang stiker calon di kendaraan dinas.", "prohibition"),
    ("-dilarang menjadi anggota tim pemenangan pasangan calon.", "prohibition"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([LEAD + item for item, _ in ITEMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "kind"), [(k, kind) for k, (_, kind) in enumerate(ITEMS)],
                         ids=[item[:24] for item, _ in ITEMS])
def test_glued_item_read(analysed: list, k: int, kind: str) -> None:
    item = ITEMS[k][0]
    words = item[item.index(" ") + 1:]  # the item past its glued first word
    got = [(d.kind, d.sentence) for d in analysed[k].directives]
    assert any(c == kind and s.strip().endswith(words) and "BKPSDM" not in s for c, s in got), got


@pytest.mark.parametrize("text", [
    "Warga membawa e-KTP ke TPS.",  # a hyphen inside a word
    "SLEMAN-Bupati meminta ASN netral.",  # a dateline's dash glued to the lead
    "Nomor surat 2024)Bupati tertulis di atas.",  # a year before a bracket is no item's number
    "--\nASN diminta netral.",  # a rule line before no letter
    "Dia berkata:\nA)Bupati hadir.",  # a capital letter before a bracket is no item's letter here
])
def test_text_left(nlp, text: str) -> None:
    art = Article(article_id="t", url="http://example.test/a", source_id="test", title=None, published_at=None,
                  published_date=None, author=None, text=text, source_province=None)
    assert _doc(nlp, art)._.text == text
