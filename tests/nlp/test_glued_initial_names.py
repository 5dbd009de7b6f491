"""An initial run into the name by a lost space ("A.Fajar Ramli") is a word of the holder's name, while a
degree of the same shape ("S.Sos", "M.Si") after the name stays no name's word."""

from __future__ import annotations

import datetime as dt

from pipeline.nlp import analyse
from pipeline.records import Article

CONTEXT = "Seluruh ASN diminta menjaga netralitas selama Pilkada 2024. "


def _officials(text: str) -> list[str]:
    art = Article(article_id="g", url="http://example.test/g", source_id="t", title=None, published_at=None,
                  published_date=dt.date(2024, 9, 1), author=None, text=CONTEXT + text, source_province=None)
    return [o.name for o in next(iter(analyse([art]))).officials]


def test_glued_initial_joins_the_name() -> None:
    names = _officials("Sekretaris Daerah Kabupaten Sinjai, A.Rudi Pratama menegaskan pegawai tidak boleh berkampanye.")
    assert names == ["A.Rudi Pratama"]


def test_glued_degree_is_no_name() -> None:
    names = _officials("Sekretaris Daerah Kabupaten Sinjai, Rudi Pratama, S.Sos, meminta pegawai bersikap netral.")
    assert names == ["Rudi Pratama"]
