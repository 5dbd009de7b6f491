"""Probe list of appeals missed on the fourth pass over the read half's appeals: the civil servants named by their
corps' full name ("anggota Korps Pegawai Republik Indonesia (Korpri)"), which the short "anggota Korpri" already
named; imperatives opening a quote to those addressed before ("Laksanakan aturan netralitas", "Pedomanilah UU ASN",
"Hilangkan kepentingan pribadi", "Kurangi aktivitas di medsos", "Tunjukkan bahwa ASN netral"); a hope that their
breach or meddling be no more ("berharap tak ada lagi pelanggaran netralitas ASN", "berharap tidak ada intervensi
lurah ..."), as one that none of them breach; a message sent before "agar" and the civil servants ("sudah
memberitahukan kepada seluruh bupati agar ASN bertindak netral", "membuat surat edaran melalui SKPD supaya para abdi
negara ..."), but not a letter wanting them punished ("surat terbuka agar ASN ... dipecat"). The same words naming the
corps' own leaders or anyone else's members, and the same verbs inside a clause or said to the voters, ask nothing;
nor do the generic ones ("Laksanakan", "Kurangi") with no conduct, rule or neutrality after them. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
GATHERED = "Para ASN berkumpul di aula kantor bupati jelang Pilkada 2024."

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # the corps by its full name, with and without "Negeri", its acronym after it
    ("Bupati mengimbau seluruh anggota Korps Pegawai Republik Indonesia (Korpri) agar netral pada Pilkada 2024.", A),
    ("Gubernur meminta anggota Korps Pegawai Negeri Republik Indonesia menjaga netralitas pada Pemilu 2024.", A),
    ("Sekda mengajak anggota Korps Pegawai Republik Indonesia untuk tidak memihak pada Pilkada 2024.", A),
    # the corps' leaders, or other members, ask nothing
    ("Ketua Umum Korps Pegawai Republik Indonesia meninjau kantor cabang jelang Pilkada 2024.", set()),
    ("Bupati meminta anggota karang taruna menjaga kebersihan lapangan jelang Pilkada 2024.", set()),
    # a hope that their breach or meddling be no more; a breach of no one's, or one hoped through a means, asks nothing
    ("\"Kami berharap tak ada lagi pelanggaran netralitas ASN pada Pemilu 2024,\" kata Ketua Bawaslu.", A),
    ("Bupati berharap tidak ada intervensi lurah kepada RT dan RW pada Pilkada 2024.", A),
    ("Sekda berharap tidak ada lagi keterlibatan pegawai dalam kampanye pada Pilkada 2024.", A),
    ("Bupati berharap tidak ada lagi pelanggaran selama Pilkada 2024 di kecamatan itu.", set()),
    ("Dengan patroli itu diharapkan tak ada lagi pelanggaran netralitas ASN pada Pemilu 2024.", set()),
    # a message sent before "agar" and the civil servants; to the public, or no request, it asks nothing
    ("Pemprov sudah memberitahukan kepada seluruh bupati agar ASN bersikap netral pada Pilkada 2024.", A),
    ("Bawaslu telah menyurati seluruh kepala OPD agar pegawai menjaga netralitas pada Pilkada 2024.", A),
    ("Bupati membuat surat edaran melalui camat supaya para abdi negara tidak memihak pada Pilkada 2024.", A),
    ("Sekda menerbitkan surat resmi agar PNS di Pemkab netral dalam Pemilu 2024.", A),
    ("KPU menyurati partai agar masyarakat tahu jadwal kampanye Pilkada 2024.", set()),
    ("Bupati memberitahukan bahwa kantor tutup saat Pilkada 2024.", set()),
    # ... nor a letter wanting something done to them, whoever writes it; a relative clause before their conduct asks
    ("KASN mengirim surat rekomendasi kepada bupati agar PNS tersebut dijatuhi sanksi disiplin.", {"sanction"}),
    ("Warga melayangkan surat protes agar ASN yang terlibat kampanye diberi sanksi.", {"sanction"}),
    ("Bawaslu menerima surat laporan dari warga agar ASN yang berkampanye diperiksa.", set()),
    ("Pemuda itu menulis surat terbuka agar ASN di desanya dipecat.", {"sanction"}),
    ("Bupati menyurati camat agar ASN yang dilantik tahun ini tetap netral pada Pilkada 2024.", A),
    # imperatives opening a quote to the civil servants gathered
    ("Bupati menemui ASN jelang Pilkada 2024. \"Laksanakan aturan netralitas secara konsisten,\" katanya.", A),
    ("Sekda menemui para pegawai jelang Pemilu 2024. \"Laksanakanlah tugas tanpa memihak,\" ujarnya.", A),
    ("Kepala BKD menyapa para ASN jelang Pilkada 2024. \"Pedomanilah UU ASN selama masa kampanye,\" katanya.", A),
    ("Bupati menemui ASN jelang Pilkada 2024. \"Hilangkan kepentingan golongan dari meja kerja,\" katanya.", A),
    ("Sekda menemui para pegawai jelang Pemilu 2024. \"Kurangi unggahan soal politik di media sosial,\" ujarnya.", A),
    ("Bupati mengumpulkan para ASN jelang Pilkada 2024. \"Tunjukkan bahwa birokrasi kita netral,\" katanya.", A),
    # inside a clause, or to the voters
    ("Bupati mengatakan panitia akan laksanakan pemungutan suara ulang pada Pilkada 2024.", set()),
    ("Warga diminta datang ke TPS pada Pilkada 2024. \"Tunjukkan KTP kepada petugas,\" kata Ketua KPPS.", set()),
    # the generic verbs ask the civil servants gathered only with their conduct, a rule or neutrality after them
    (f"{GATHERED} \"Laksanakan pemungutan suara sesuai jadwal,\" kata Ketua KPU saat rapat bersama PPK.", set()),
    (f"{GATHERED} \"Kurangi penggunaan plastik di lokasi kampanye,\" ujar Kepala DLH.", set()),
    (f"{GATHERED} \"Kurangi unggahan soal politik di media sosial,\" ujar Sekda.", A),
    (f"{GATHERED} \"Laksanakan tugas tanpa memihak,\" ujar Sekda.", A),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_missed_appeal_is_found(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
