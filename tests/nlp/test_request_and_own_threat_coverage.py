"""A request to civil servants and, in the same sentence, a penalty the speaker threatens in the first person or as
what will come ("berharap ASN netral, jika terbukti saya tidak segan menjatuhkan sanksi", "kalau ada yang melanggar
kami akan menindak tegas"), as the speaker's next predicate ("meminta ASN netral dan tidak segan menindak"), or as
the request's reason ("mengimbau ASN netral, karena pemerintah tidak segan memberikan sanksi"), carries two
directives: the request and the penalty, as the read gold counts such a sentence. A request whose content is to
impose the penalty ("meminta PPK segera menjatuhkan sanksi", "meminta KASN, bila terbukti, menjatuhkan sanksi") goes
to the authority and stays a penalty alone. Our own sentences, analysed in one batch; a form the rules leave is a
strict xfail naming its cause."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

_WEAK = ("a request reported after a comma ('mengingatkan, ...') beside a penalty gives way to it: the read gold "
         "gives such a sentence the penalty alone ('saya ingatkan, untuk menjaga netralitas ..., karena pemerintah "
         "tidak sungkan memberikan sanksi')")
PROBES: list = [
    ({"appeal", "sanction"}, "“Kami harap seluruh PNS tetap netral, jika terbukti memihak saya tidak segan "
                             "menjatuhkan hukuman,” ujar Bupati."),
    ({"appeal", "sanction"}, "Wali kota meminta pegawai menjaga netralitas selama Pilkada 2024, kalau ada yang "
                             "melanggar kami akan menindak tegas."),
    ({"appeal", "sanction"}, "Sekda mengimbau ASN agar tidak ikut kampanye, apabila terbukti kami tidak akan ragu "
                             "memberikan sanksi."),
    ({"appeal", "sanction"}, "Bupati mengajak ASN bersikap netral dan bila ada yang berpihak, saya akan menindak "
                             "tegas."),
    ({"appeal", "sanction"}, "Camat meminta ASN tidak berfoto dengan calon, jika terbukti akan diberi tindakan tegas."),
    ({"appeal", "sanction"}, "“Kami minta pegawai pemkab tetap netral, kalau ada yang main-main kami berikan sanksi,” "
                             "ujar Sekda."),
    ({"appeal", "sanction"}, "Gubernur mengingatkan ASN agar tidak berpolitik praktis karena sanksinya berat."),
    # the penalty given as the request's reason, whoever threatens it
    ({"appeal", "sanction"}, "Bupati mengimbau ASN netral, karena pemerintah tidak segan memberikan sanksi."),
    ({"appeal", "sanction"}, "Kepala BKD meminta pegawai tidak ikut kampanye sebab pemkab tidak sungkan menjatuhkan "
                             "hukuman disiplin."),
    ({"appeal", "sanction"}, "Sekda mengingatkan para guru agar menjaga netralitas, mengingat inspektorat tidak segan "
                             "menindak tegas pelanggarnya."),
    ({"appeal", "sanction"}, "Camat mengajak ASN bersikap netral lantaran pemerintah pusat tak segan memberi sanksi "
                             "kepada yang melanggar."),
    # the speaker's next predicate, joined after the conduct asked of civil servants, threatens the penalty
    ({"appeal", "sanction"}, "Bupati mengingatkan pegawai untuk tetap netral dalam Pilkada 2024 dan memberikan "
                             "sanksi bagi yang melanggar."),
    ({"appeal", "sanction"}, "Sekda mengimbau ASN tidak ikut berkampanye serta mengancam menjatuhkan hukuman "
                             "disiplin bagi pelanggarnya."),
    ({"appeal", "sanction"}, "Wali kota meminta ASN menjaga netralitas dan tidak segan menindak tegas yang "
                             "terbukti berpihak."),
    ({"appeal", "sanction"}, "Camat meminta para PNS untuk netral dan berjanji menindak pegawai yang ikut kampanye."),
    # the request is to impose the penalty: to the disciplinary authority, the penalty alone
    ({"sanction"}, "Bawaslu meminta PPK segera menjatuhkan sanksi kepada ASN yang terbukti berkampanye."),
    ({"sanction"}, "KASN meminta Bupati untuk menindak tegas ASN yang terlibat politik praktis pada Pilkada 2024."),
    ({"sanction"}, "Bawaslu meminta Bupati agar jika ada ASN terbukti berkampanye segera menjatuhkan sanksi."),
    ({"sanction"}, "Komisi II meminta KASN, bila ada ASN tidak netral, menjatuhkan sanksi tegas."),
    ({"sanction"}, "Bawaslu meminta PPK segera menjatuhkan sanksi karena ASN itu terbukti berkampanye."),
    ({"sanction"}, "Bawaslu meminta Bupati memeriksa dan menjatuhkan sanksi kepada ASN yang terbukti berkampanye."),
    ({"sanction"}, "Bawaslu meminta Pj Gubernur untuk menegur Pj Bupati karena belum ada tindakan tegas atas "
                   "pelanggaran netralitas."),
    pytest.param({"appeal", "sanction"}, "Bupati mengingatkan, ASN agar tetap netral dan yang melanggar akan dikenai "
                                         "sanksi.", marks=pytest.mark.xfail(strict=True, reason=_WEAK)),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([values(p)[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_request_beside_the_speakers_own_threat(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
