"""Sanction coverage: how news states a penalty for civil servants, one short text per form.

The catalogue of PP 94/2021 (reprimands, the written statement of dissatisfaction, pay cuts under their regional
names, delayed raises, demotion, release from office, dismissal), BKN's blocking of personnel data, moral and ethics
sanctions and the prison terms of the election laws, in the structures reporters use: threatened, imposed, on a
condition, stated as the rule, and reported as statistics (which the yardstick's gold counts). Forms that must not
count stay covered too: a penalty denied or not given, asked about, or for someone other than civil servants.
Unseen outlets bring forms the annotated items lack; each form stays covered here."""

from __future__ import annotations

import pytest

PENALTIES: list[str] = [
    'Pegawai yang ikut kampanye calon bupati pada Pilkada 2024 akan dikenai teguran lisan.',
    'PNS yang memasang foto calon di media sosial selama Pemilu 2024 bisa dijatuhi teguran tertulis.',
    'ASN yang hadir di deklarasi calon pada Pilkada 2024 terancam pernyataan tidak puas secara tertulis.',
    'ASN yang memihak calon pada Pilkada 2024 bisa dikenai pemotongan tunjangan kinerja.',
    'ASN yang berkampanye pada Pilkada 2024 akan dikenai pemotongan TPP.',
    'Pegawai yang ketahuan berkampanye pada Pilkada 2024 terancam pemotongan tukin.',
    'ASN yang melanggar netralitas pada Pemilu 2024 bisa dijatuhi penundaan kenaikan gaji berkala selama satu tahun.',
    'ASN yang tidak netral pada Pilkada 2024 bisa dijatuhi penurunan jabatan setingkat lebih rendah.',
    'ASN yang tidak netral pada Pilkada 2024 terancam dibebaskan dari jabatan menjadi pelaksana.',
    'ASN yang terbukti berkampanye pada Pilkada 2024 bisa diberhentikan dengan hormat tidak atas permintaan sendiri.',
    'ASN yang menjadi tim sukses pada Pilkada 2024 bisa di-PTDH.',
    'ASN yang menjadi tim sukses pada Pilkada 2024 terancam diberhentikan secara tidak hormat.',
    'ASN yang berpihak pada Pemilu 2024 terancam hukuman disiplin tingkat berat.',
    'BKN akan memblokir data kepegawaian ASN yang terbukti tidak netral pada Pilkada 2024.',
    'Data kepegawaian ASN yang tidak netral pada Pilkada 2024 akan diblokir BKN.',
    'ASN yang tidak netral pada Pilkada 2024 terancam pemblokiran data kepegawaian.',
    'ASN yang berpose dengan calon pada Pilkada 2024 dapat dikenai sanksi etik.',
    'ASN yang berpose dengan calon pada Pilkada 2024 dapat dikenai sanksi moral berupa pernyataan secara terbuka.',
    'ASN yang berkampanye pada Pemilu 2024 bisa dipidana penjara satu tahun dan denda paling banyak Rp12 juta.',
    'Sesuai Pasal 494 UU Pemilu, ASN yang terlibat kampanye Pemilu 2024 diancam pidana kurungan satu tahun.',
    'ASN yang berpihak pada Pilkada 2024 dapat dijerat Pasal 188 UU Pilkada dengan ancaman penjara enam bulan.',
    'ASN yang berkampanye pada Pilkada 2024 bisa dikenai sanksi pidana penjara dan denda.',
    'Camat dan lurah yang ikut kampanye pada Pilkada 2024 siap-siap kena sanksi.',
    'ASN yang nekat berkampanye pada Pilkada 2024 siap-siap dipecat.',
    'Bupati tidak segan menindak ASN yang berkampanye pada Pilkada 2024.',
    'Gubernur tak segan-segan menjatuhkan sanksi kepada ASN yang tidak netral pada Pilkada 2024.',
    'ASN yang tidak netral pada Pilkada 2024 bakal dikenai sanksi.',
    'ASN yang tidak netral pada Pilkada 2024 bakal kena sanksi berat.',
    'ASN yang tidak netral pada Pilkada 2024 terancam dicopot dari jabatannya.',
    'ASN yang tidak netral pada Pilkada 2024 akan diganjar hukuman disiplin.',
    'Sanksi berat menanti ASN yang tidak netral pada Pilkada 2024.',
    'Ancaman sanksi menanti ASN yang berkampanye pada Pilkada 2024.',
    'ASN yang terlibat politik praktis pada Pilkada 2024 akan mendapat ganjaran setimpal.',
    'Bupati mengancam akan memecat honorer yang ikut kampanye calon pada Pilkada 2024.',
    'Kepala BKD menegaskan akan memberikan sanksi tegas kepada ASN yang tidak netral pada Pilkada 2024.',
    'ASN yang tidak netral pada Pilkada 2024 dapat dikenakan sanksi administratif hingga pidana.',
    'Seorang camat di Kabupaten Bogor telah dijatuhi hukuman disiplin karena berkampanye pada Pilkada 2024.',
    'Dua ASN di Pemkab Garut dikenakan sanksi berupa teguran tertulis karena menghadiri kampanye Pemilu 2024.',
    'Kepala dinas itu dijatuhi hukuman penurunan jabatan setelah terbukti berkampanye pada Pilkada 2024.',
    'Bupati mencopot seorang kepala sekolah yang terbukti berkampanye pada Pilkada 2024.',
    'Lima ASN sudah diberi sanksi oleh Pj Bupati karena tidak netral pada Pemilu 2024.',
    'KASN merekomendasikan sanksi hukuman disiplin sedang kepada seorang ASN yang berkampanye pada Pilkada 2024.',
    'Seorang lurah dijatuhi sanksi pemotongan TPP selama tiga bulan karena ikut kampanye Pilkada 2024.',
    'Pengadilan Negeri memvonis seorang ASN dengan pidana penjara tiga bulan karena berkampanye pada Pemilu 2024.',
    'Seorang ASN divonis hukuman percobaan karena terbukti berkampanye pada Pilkada 2024.',
    'Jika terbukti ikut berkampanye pada Pilkada 2024, ASN akan dikenai sanksi.',
    'Apabila terbukti tidak netral pada Pilkada 2024, ASN itu akan kami berhentikan.',
    'Kalau ada ASN yang ikut kampanye pada Pilkada 2024, akan kami beri sanksi.',
    'Bila terbukti melanggar netralitas pada Pemilu 2024, pegawai itu bisa dipecat.',
    'Jika kedapatan berkampanye pada Pilkada 2024, ASN akan langsung ditindak.',
    'ASN yang melanggar netralitas pada Pilkada 2024 dapat dikenai sanksi.',
    'Setiap ASN yang melanggar netralitas pada Pilkada 2024 dikenai sanksi sesuai PP 94 Tahun 2021.',
    'ASN yang tidak netral pada Pilkada 2024 dapat dijatuhi hukuman disiplin sesuai PP Nomor 94 Tahun 2021.',
    'Pelanggaran netralitas ASN pada Pilkada 2024 diancam sanksi disiplin.',
    'Sepanjang Pemilu 2019, KASN mencatat 990 ASN dijatuhi sanksi karena tidak netral.',
    'Pada Pilkada 2020 lalu, sebanyak 1.500 ASN dilaporkan dan 1.000 di antaranya sudah dijatuhi sanksi oleh PPK.',
    'Ancaman hukuman bagi ASN yang berkampanye pada Pemilu 2024 adalah penjara satu tahun.',
    'Sanksinya jelas, ASN yang tidak netral pada Pilkada 2024 bisa dipecat.',
    'Siap-siap saja, ASN yang ketahuan ikut kampanye Pilkada 2024 akan kami tindak.',
    'BKN telah memblokir data kepegawaian 50 ASN yang terbukti tidak netral pada Pilkada 2024.',
    'Pj Wali Kota menjatuhkan sanksi penurunan pangkat kepada tiga ASN yang berkampanye pada Pilkada 2024.',
    'ASN itu dijatuhi sanksi karena memberikan dukungan kepada calon bupati pada Pilkada 2024.',
    'ASN yang ikut kampanye pada Pilkada 2024 bisa kena tegur atasan.',
    'ASN yang ikut kampanye pada Pilkada 2024 bisa didenda hingga Rp12 juta.',
    'ASN yang tidak netral pada Pilkada 2024 tidak akan naik pangkat.',
    'Tiga ASN yang berkampanye pada Pilkada 2024 kena semprit KASN.',
    'Pegawai yang berkampanye pada Pilkada 2024 tidak akan luput dari sanksi.',
]

NO_PENALTY: list[str] = [
    'Sejauh ini belum ada ASN yang dijatuhi sanksi terkait Pilkada 2024.',
    'Camat itu tidak terbukti berkampanye pada Pilkada 2024 sehingga tidak dijatuhi sanksi.',
    'Laporan terhadap kepala desa itu tidak memenuhi unsur pelanggaran Pilkada 2024.',
    'Apa sanksinya bagi ASN yang ikut kampanye pada Pilkada 2024?',
    'Lalu, apa hukuman bagi ASN yang tidak netral pada Pilkada 2024?',
    'Calon bupati yang melibatkan ASN dalam kampanye Pilkada 2024 bisa didiskualifikasi.',
    'Anggota KPPS yang tidak netral pada Pemilu 2024 akan diberhentikan oleh KPU.',
    'Petugas PPK yang berpihak pada Pilkada 2024 akan dikenai sanksi oleh KPU.',
    'Hingga kini ASN tersebut belum dikenai sanksi karena masih menunggu rekomendasi KASN terkait Pilkada 2024.',
    'Hasil pemeriksaan menyatakan ASN itu tidak terbukti melanggar netralitas pada Pilkada 2024.',
    'Apakah ASN tersebut akan dikenai sanksi terkait Pilkada 2024?',
    'Calon petahana yang memutasi pejabat menjelang Pilkada 2024 bisa didiskualifikasi.',
    'Anggota PPS yang terbukti berpihak pada Pemilu 2024 akan diberhentikan oleh KPU.',
    'ASN itu tak dikenai hukuman karena laporannya tidak lengkap terkait Pilkada 2024.',
    'Hingga kini Pj Bupati belum menjatuhkan sanksi kepada camat yang berkampanye pada Pilkada 2024.',
    'Sekda belum memberikan hukuman kepada dua ASN yang hadir di kampanye Pilkada 2024.',
]


@pytest.mark.parametrize("text", PENALTIES, ids=[t[:48] for t in PENALTIES])
def test_each_penalty_form_is_a_sanction(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"sanction"}


@pytest.mark.parametrize("text", NO_PENALTY, ids=[t[:48] for t in NO_PENALTY])
def test_no_penalty_on_civil_servants_is_no_sanction(run, text: str) -> None:
    """Denied, not given, asked about, or for candidates and election organisers."""
    assert run(text).directives == []


# An active verb after the penalty takes its own object: "karena berkampanye untuk calon" names whom the campaign
# served, not whom the penalty is for.
PAST_VERB: list[str] = [
    'Seorang guru PNS dijatuhi vonis penjara karena berkampanye untuk calon pada Pemilu 2024.',
    'Kepala sekolah itu dicopot karena berkampanye untuk calon gubernur pada Pilkada 2024.',
    'Seorang lurah dikenai sanksi setelah menyerahkan bantuan kepada tim pemenangan calon pada Pilkada 2024.',
]


@pytest.mark.parametrize("text", PAST_VERB, ids=[t[:48] for t in PAST_VERB])
def test_whom_a_later_verb_serves_is_not_whom_the_penalty_is_for(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"sanction"}
