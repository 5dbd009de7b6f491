"""Numbered points asked of civil servants: under a lead that names them with a word of asking and ends with a colon,
each item opening with a verb is an appeal; a lead that is a request itself holds the one directive, and a pledge's
points, or points under a lead that asks nothing, are none."""

from __future__ import annotations

LEAD_ASKS = ("Wakil Bupati memimpin apel gabungan jelang Pilkada 2024.\n"
             "Beberapa hal ditekankan kepada para ASN di lingkungan Pemkab, antara lain:\n"
             "1. Memelihara sikap netral dalam setiap tahapan pemilihan.\n"
             "2. Menjauhi pemberian dalam bentuk apa pun dari tim pasangan calon.\n"
             "Apel diakhiri dengan doa.")
PLEDGE = ("Seluruh ASN di lingkungan Pemkab membacakan ikrar yang ditekankan kepada mereka jelang Pilkada 2024:\n"
          "1. Memelihara sikap netral dalam setiap tahapan pemilihan.\n"
          "2. Menjauhi pemberian dalam bentuk apa pun dari tim pasangan calon.")
LEAD_IS_REQUEST = ("Wakil Bupati meminta para ASN di lingkungan Pemkab jelang Pilkada 2024 untuk:\n"
                   "1. Memelihara sikap netral dalam setiap tahapan pemilihan.\n"
                   "2. Menjauhi pemberian dalam bentuk apa pun dari tim pasangan calon.")
NO_ASKING = ("Pemerintah daerah punya beberapa tugas bagi ASN dalam Pilkada 2024, di antaranya:\n"
             "1. Menyediakan anggaran pengamanan.\n"
             "2. Memfasilitasi rapat koordinasi.")


def test_points_under_an_asking_lead_are_appeals(analyse_all) -> None:
    lead, pledge, request, none = analyse_all([LEAD_ASKS, PLEDGE, LEAD_IS_REQUEST, NO_ASKING])
    assert [(d.kind, d.sentence[:4]) for d in lead.directives] == [("appeal", "1. M"), ("appeal", "2. M")]
    assert not pledge.directives
    assert [d.kind for d in request.directives] == ["appeal"] and request.directives[0].sentence.startswith("Wakil")
    assert not none.directives
