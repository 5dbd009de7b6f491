"""Sentences that state two rules, and permissions with their limits.

Reporters often pair rules in one sentence: leave and its limit ("boleh datang ke kampanye, tetapi dilarang memakai
atribut"), a duty and a ban ("wajib netral dan dilarang ikut kampanye"), a request and the penalty for ignoring it
("Kami imbau ASN netral; yang melanggar akan disanksi"). The yardstick's gold gives one directive per rule where the
kinds differ, and keeps leave bounded by a condition ("boleh hadir asal tidak memakai atribut", "selama tidak ...")
one permission. "ASN punya/memiliki hak pilih" alone is no leave in the gold (most read items give it none), so a
right named before a ban leaves only the ban. A request that asks a state ("meminta ASN netral") and a ban
after a comma give both, as the gold does; a ban that is what the request reports ("meminta ASN jangan ...") gives
one. The stories are ours; all are analysed in one batch."""

from __future__ import annotations

import pytest

P, B, OB, A, S = "permission", "prohibition", "obligation", "appeal", "sanction"

# (sentence, kinds the gold convention expects)
PAIRS: list = [
    # leave, then its limit after a contrastive joiner
    ("ASN boleh datang ke kampanye, tetapi dilarang memakai atribut calon dalam Pilkada 2024.", {P, B}),
    ("ASN boleh mencoblos di TPS, namun tidak boleh mengajak orang lain memilih calon pada Pilkada 2024.", {P, B}),
    ("PNS dipersilakan menggunakan hak pilih, sedangkan berkampanye dilarang dalam Pemilu 2024.", {P, B}),
    ("ASN diperbolehkan hadir di kampanye, tapi jangan memakai seragam dinas pada Pilkada 2024.", {P, B}),
    ("Pegawai boleh menyaksikan debat calon, akan tetapi tidak boleh berkomentar di media sosial pada Pilkada 2024.",
     {P, B}),
    ("ASN diizinkan mendengarkan visi misi calon, namun dilarang berfoto dengan gaya jari pada Pilkada 2024.", {P, B}),
    ("ASN dapat menggunakan hak pilihnya, tetapi tidak diperkenankan menjadi tim sukses dalam Pilkada 2024.", {P, B}),
    ("ASN silakan memilih sesuai hati nurani, tetapi jangan menunjukkan dukungan di depan umum pada Pilkada 2024.",
     {P, B}),
    ("ASN boleh memilih; yang tidak boleh adalah berkampanye untuk calon dalam Pilkada 2024.", {P, B}),
    ("ASN boleh memilih, hanya saja tidak boleh terlibat kampanye dalam Pilkada 2024.", {P, B}),
    ("ASN tidak dilarang menghadiri kampanye, yang dilarang adalah memakai atribut calon pada Pilkada 2024.", {P, B}),
    ("ASN tidak boleh ikut kampanye, tetapi tetap boleh menggunakan hak pilihnya pada Pilkada 2024.", {B, P}),
    ("ASN dilarang berkampanye, namun dipersilakan mencoblos di TPS pada Pilkada 2024.", {B, P}),
    ("ASN tetap bisa untuk menggunakan hak pilihnya, tetapi tidak boleh memihak dalam Pilkada 2024.", {P, B}),
    ("Pegawai boleh berfoto dengan calon di acara keluarga, tapi tidak boleh mengacungkan jari dalam Pilkada 2024.",
     {P, B}),
    ("ASN dibolehkan menerima undangan calon, namun dilarang menerima uang dari calon pada Pilkada 2024.", {P, B}),
    ("ASN boleh memilih siapa saja, tapi harus tetap netral di kantor selama Pilkada 2024.", {P, OB}),
    ("ASN silakan menyalurkan hak pilih di bilik suara, namun wajib menjaga netralitas pada Pilkada 2024.", {P, OB}),
    ("ASN diperbolehkan hadir di kampanye, tetapi harus tanpa atribut pada Pilkada 2024.", {P, OB}),
    ("ASN boleh menentukan pilihan, tetapi wajib merahasiakannya selama Pilkada 2024.", {P, OB}),
    # leave bounded by a condition: one permission
    ("ASN boleh hadir di kampanye asal tidak memakai atribut partai dalam Pilkada 2024.", {P}),
    ("ASN boleh menonton debat asalkan tidak bersorak mendukung calon pada Pilkada 2024.", {P}),
    ("ASN diperbolehkan datang ke kampanye selama tidak mengenakan seragam dinas pada Pilkada 2024.", {P}),
    ("ASN diizinkan menghadiri kampanye sepanjang hanya sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN boleh berfoto dengan calon dengan catatan tidak berpose jari pada Pilkada 2024.", {P}),
    ("ASN hanya boleh mendengarkan visi misi calon pada Pilkada 2024.", {P}),
    ("ASN hanya diperbolehkan menyalurkan dukungan di bilik suara pada Pilkada 2024.", {P}),
    ("ASN boleh menghadiri kampanye, asal tanpa atribut dan tanpa seragam pada Pilkada 2024.", {P}),
    ("ASN boleh hadir dalam kampanye selama tidak ikut berorasi pada Pilkada 2024.", {P}),
    ("ASN diperkenankan mengikuti kampanye asalkan tidak menggunakan fasilitas negara pada Pilkada 2024.", {P}),
    ("ASN boleh menghadiri pernikahan keluarga calon selama tidak ada ajakan memilih pada Pilkada 2024.", {P}),
    ("ASN boleh mengikuti kampanye asal jangan sampai memakai atribut calon pada Pilkada 2024.", {P, B}),
    # a duty and a ban, joined by "dan", "serta", a comma or a semicolon
    ("ASN wajib netral dan dilarang ikut kampanye dalam Pilkada 2024.", {OB, B}),
    ("ASN harus menjaga netralitas serta tidak boleh memihak kepada calon dalam Pilkada 2024.", {OB, B}),
    ("ASN harus profesional, tidak boleh berpihak kepada calon mana pun dalam Pilkada 2024.", {OB, B}),
    ("ASN wajib menjaga jarak dengan calon; ASN dilarang menghadiri deklarasi pada Pilkada 2024.", {OB, B}),
    ("ASN dilarang menjadi tim sukses dan wajib melaporkan ajakan berkampanye dalam Pilkada 2024.", {B, OB}),
    ("PNS diwajibkan bersikap netral dan tidak diperkenankan memakai mobil dinas untuk kampanye pada Pilkada 2024.",
     {OB, B}),
    ("ASN harus netral dan jangan sampai terlibat politik praktis selama Pilkada 2024.", {OB, B}),
    ("ASN mesti bersikap netral, dan tak boleh mengunggah dukungan untuk calon dalam Pilkada 2024.", {OB, B}),
    # a request and a rule or a penalty
    ("Kami imbau ASN netral; yang melanggar akan disanksi sesuai aturan dalam Pilkada 2024.", {A, S}),
    ("Bupati meminta ASN menjaga netralitas, dan ASN yang terbukti melanggar akan diberi sanksi dalam Pilkada 2024.",
     {A, S}),
    ("Sekda mengimbau ASN menjaga netralitas, ASN yang terlibat kampanye akan ditindak tegas dalam Pilkada 2024.",
     {A, S}),
    ("ASN diminta bersikap netral, dan dilarang menghadiri deklarasi calon dalam Pilkada 2024.", {A, B}),
    ("Bupati mengimbau ASN menjaga netralitas dan melarang ASN memasang spanduk calon selama Pilkada 2024.", {A, B}),
    ("ASN dilarang ikut kampanye dan yang melanggar akan dikenai sanksi disiplin dalam Pilkada 2024.", {B, S}),
    ("ASN tidak boleh memihak kepada calon, jika terbukti akan dijatuhi hukuman disiplin dalam Pilkada 2024.", {B, S}),
    ("ASN wajib netral; bila melanggar, sanksi menanti dalam Pilkada 2024.", {OB, S}),
    ("ASN harus netral, yang tidak netral akan dicopot dari jabatannya dalam Pilkada 2024.", {OB, S}),
    # a right named before its limit: only the limit (the gold gives the right no leave)
    ("ASN memiliki hak pilih tetapi tidak boleh berkampanye dalam Pilkada 2024.", {B}),
    ("ASN punya hak pilih, namun dilarang memihak kepada calon dalam Pilkada 2024.", {B}),
    ("Meskipun memiliki hak pilih, ASN wajib menjaga netralitas dalam Pilkada 2024.", {OB}),
    ("Walaupun punya hak suara, ASN tidak boleh menunjukkan pilihannya dalam Pilkada 2024.", {B}),
    # leave with a ban on others, or a rule named, not given
    ("ASN boleh memilih, tetapi TNI dan Polri tidak boleh memilih dalam Pemilu 2024.", {P}),
    ("Bawaslu menjelaskan yang boleh dan yang tidak boleh dilakukan ASN dalam Pilkada 2024.", set()),
    ("Sosialisasi itu membahas apa yang boleh dan apa yang dilarang bagi ASN pada Pilkada 2024.", set()),
    # leave stated after the conduct it allows
    ("Menggunakan hak pilih di TPS tentu boleh bagi ASN, tetapi berkampanye dilarang dalam Pilkada 2024.", {P, B}),
    ("Bagi ASN, hadir di kampanye boleh saja, namun memakai atribut calon tidak boleh pada Pilkada 2024.", {P, B}),
    ("Bagi ASN, mendengarkan visi misi calon diperbolehkan, tetapi ikut berorasi dilarang dalam Pilkada 2024.",
     {P, B}),
    ("ASN boleh memilih, ASN tidak boleh berkampanye, itu aturannya dalam Pilkada 2024.", {P, B}),
    ("ASN tidak dilarang memilih, namun dilarang keras terlibat kampanye pada Pilkada 2024.", {P, B}),
    ("ASN tidak masalah hadir di kampanye, tetapi jangan ikut berjoget dengan calon pada Pilkada 2024.", {P, B}),
    ("ASN sah-sah saja datang ke kampanye, namun tidak boleh memakai atribut pada Pilkada 2024.", {P, B}),
    ("ASN bebas menentukan pilihannya, tetapi dilarang mengajak rekan kerja memilih calon pada Pilkada 2024.", {P, B}),
    ("ASN boleh-boleh saja menghadiri kampanye, tapi tidak boleh berfoto dengan calon pada Pilkada 2024.", {P, B}),
    ("ASN boleh kok datang ke kampanye, cuma tidak boleh memakai atribut calon pada Pilkada 2024.", {P, B}),
    ("ASN boleh memilih, melainkan tidak boleh menjadi juru kampanye dalam Pilkada 2024.", {P, B}),
    # more leave and its limits, the vote by its other names, "untuk" after the modal, a request and a ban
    ("Silakan ASN datang ke kampanye, tapi jangan pakai atribut calon pada Pilkada 2024.", {P, B}),
    ("ASN bisa memilih tapi dilarang kampanye pada Pilkada 2024.", {P, B}),
    ("ASN dipersilakan mencoblos, tetapi dilarang keras ikut kampanye pada Pilkada 2024.", {P, B}),
    ("ASN tetap diizinkan memilih, sementara berkampanye tetap dilarang dalam Pilkada 2024.", {P, B}),
    ("Pilihan politik ASN boleh berbeda, tetapi ASN harus netral dalam Pilkada 2024.", {P, OB}),
    ("ASN bisa menghadiri kampanye, namun tidak boleh aktif berorasi pada Pilkada 2024.", {P, B}),
    ("ASN dapat memilih, akan tetapi ASN wajib menjaga netralitas pada Pilkada 2024.", {P, OB}),
    ("ASN boleh memilih, tetapi tak bisa berkampanye dalam Pilkada 2024.", {P, B}),
    ("ASN boleh hadir di kampanye tetapi sebatas mendengarkan visi misi pada Pilkada 2024.", {P}),
    ("ASN dipersilahkan menggunakan hak pilihnya namun dilarang mengarahkan bawahannya pada Pilkada 2024.", {P, B}),
    ("ASN diperbolehkan memilih tapi nggak boleh ikut kampanye pada Pilkada 2024.", {P, B}),
    ("ASN boleh datang, asal tidak pakai atribut, dan dilarang berorasi di kampanye Pilkada 2024.", {P, B}),
    ("Netralitas ASN dijaga. Mereka boleh memilih, tetapi tidak bisa terlibat aktif dalam kampanye Pilkada 2024.",
     {P, B}),
    ("Guru dan kepala sekolah bisa menentukan pilihan asal jangan memaksakan kehendak pada Pilkada 2024.", {P, B}),
    ("Bupati meminta ASN netral, jangan ikut kampanye calon dalam Pilkada 2024.", {A, B}),
    ("Sekda mengimbau agar ASN tetap netral, tidak boleh berpihak kepada calon dalam Pilkada 2024.", {A, B}),
    ("Bupati meminta seluruh ASN bersikap profesional, jangan terlibat politik praktis dalam Pilkada 2024.", {A, B}),
    ("Ia mengimbau ASN untuk tetap netral dalam Pilkada 2024, dilarang menghadiri deklarasi calon.", {A, B}),
    ("Bupati meminta ASN jangan ikut kampanye calon dalam Pilkada 2024.", {B}),
    ("Sekda mengingatkan ASN, jangan sampai terlibat politik praktis dalam Pilkada 2024.", {B}),
    ("Bupati mengingatkan ASN harus netral dalam Pilkada 2024.", {OB}),
    ("Bupati meminta ASN untuk bijak bermedia sosial, jangan mengunggah dukungan pada Pilkada 2024.", {A, B}),
    ("ASN boleh menggunakan hak pilih; namun ASN dilarang menjadi tim sukses dalam Pilkada 2024.", {P, B}),
    ("ASN boleh mencoblos, cuman tidak boleh berpolitik praktis dalam Pilkada 2024.", {P, B}),
    ("ASN tetap boleh memilih, hanya tidak boleh berkampanye dalam Pilkada 2024.", {P, B}),
    ("ASN tetap bisa menggunakan hak suaranya, tetapi dilarang memihak dalam Pilkada 2024.", {P, B}),
    ("ASN tetap dapat menyalurkan hak suaranya, namun dilarang memihak dalam Pilkada 2024.", {P, B}),
    ("ASN boleh menyalurkan hak suara di TPS, tetapi tidak boleh berkampanye dalam Pilkada 2024.", {P, B}),
    ("ASN bisa untuk hadir di kampanye sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN dapat untuk memilih sesuai hati nurani pada Pilkada 2024.", {P}),
    ("ASN tetap bisa mencoblos di TPS, tetapi tidak boleh memihak dalam Pilkada 2024.", {P, B}),
    ("ASN dapat mencoblos di bilik suara, namun dilarang berkampanye pada Pilkada 2024.", {P, B}),
    ("ASN boleh punya pilihan, tetapi tidak boleh ditunjukkan di depan umum pada Pilkada 2024.", {P, B}),
    ("ASN diperbolehkan memberikan suaranya, namun dilarang menjadi saksi calon dalam Pilkada 2024.", {P, B}),
    ("ASN tetap berhak memilih, tetapi tidak boleh berkampanye dalam Pilkada 2024.", {B}),
    ("Kalau mencoblos, ASN silakan; kalau kampanye, ASN jangan dalam Pilkada 2024.", {P, B}),
    ("ASN boleh ikut pawai budaya, tetapi jangan membawa atribut calon pada Pilkada 2024.", {P, B}),
    ("Hadir di kampanye sebagai pendengar diperbolehkan bagi ASN, tetapi berorasi dilarang dalam Pilkada 2024.",
     {P, B}),
    ("ASN juga diperbolehkan mendampingi suami yang menjadi calon, namun dilarang memakai atribut partai dalam "
     "Pilkada 2024.", {P, B}),
    ("ASN tidak apa-apa menerima kaos calon, asal tidak dipakai ke kantor pada Pilkada 2024.", {P}),
    # leave limited in more ways, rules given by the one who allows or forbids
    ("ASN hanya boleh hadir, tidak boleh berorasi di kampanye Pilkada 2024.", {P, B}),
    ("Yang boleh dilakukan ASN hanya mencoblos di TPS pada Pilkada 2024.", {P}),
    ("Satu-satunya yang boleh dilakukan ASN adalah memilih di bilik suara pada Pilkada 2024.", {P}),
    ("ASN diperbolehkan hadir dalam kampanye, namun hanya sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN boleh hadir di kampanye, dengan syarat tidak memakai atribut pada Pilkada 2024.", {P}),
    ("ASN tidak dilarang hadir di kampanye, asalkan pasif pada Pilkada 2024.", {P}),
    ("Kehadiran ASN dalam kampanye diperbolehkan, sepanjang tidak mengenakan atribut pada Pilkada 2024.", {P}),
    ("ASN boleh menghadiri kampanye, tapi sebatas mendengarkan pada Pilkada 2024.", {P}),
    ("ASN boleh menyukai unggahan calon, namun tidak boleh berkomentar pada Pilkada 2024.", {P, B}),
    ("Bagi ASN, memilih boleh, berkampanye jangan pada Pilkada 2024.", {P, B}),
    ("ASN bisa hadir saat kampanye, tapi tidak boleh memakai atribut pada Pilkada 2024.", {P, B}),
    ("ASN boleh memilih pada Pilkada 2024. Namun, ASN tidak boleh berkampanye.", {P, B}),
    ("ASN yang suaminya menjadi calon boleh mendampingi, tetapi dilarang ikut berkampanye pada Pilkada 2024.", {P, B}),
    ("PPPK dan honorer boleh memilih, tetapi dilarang ikut kampanye pada Pilkada 2024.", {P, B}),
    ("ASN diberi kebebasan memilih, namun dilarang menunjukkan pilihannya pada Pilkada 2024.", {P, B}),
    ("ASN dipersilakan memilih sesuai hati nurani dan dilarang mengarahkan orang lain pada Pilkada 2024.", {P, B}),
    ("Boleh saja ASN hadir di kampanye, tetapi tidak boleh memakai atribut pada Pilkada 2024.", {P, B}),
    ("ASN boleh datang ke kampanye tetapi tidak untuk berkampanye pada Pilkada 2024.", {P, B}),
    ("ASN wajib menggunakan hak pilihnya, tetapi dilarang berkampanye pada Pilkada 2024.", {B, OB}),
    ("ASN dianjurkan menggunakan hak pilih, tapi dilarang memihak pada Pilkada 2024.", {B, A}),
    ("ASN wajib netral, namun tetap boleh menggunakan hak pilih pada Pilkada 2024.", {P, OB}),
    ("ASN harus netral, tetapi boleh memilih di TPS pada Pilkada 2024.", {P, OB}),
    ("Ikut kampanye untuk mendengar visi misi calon tetap boleh saja bagi ASN, selama tidak memakai "
     "atribut pada Pilkada 2024.", {P}),
    ("ASN boleh hadir di kampanye, tapi ingat, dilarang memakai atribut pada Pilkada 2024.", {P, B}),
    ("ASN boleh memilih, tetapi jangan sampai ikut menjadi tim sukses pada Pilkada 2024.", {P, B}),
    ("ASN boleh menghadiri kampanye; namun, tidak boleh memakai seragam dinas pada Pilkada 2024.", {P, B}),
    ("ASN boleh saja berteman dengan calon di media sosial, tetapi dilarang membagikan unggahannya pada Pilkada 2024.",
     {P, B}),
    ("ASN diperkenankan mendengarkan kampanye, sedangkan ikut berorasi tidak diperkenankan pada Pilkada 2024.", {P, B}),
    ("ASN boleh memilih, tapi tak boleh berkampanye, dan yang melanggar akan disanksi pada Pilkada 2024.", {P, B, S}),
    ("Mendagri membolehkan ASN hadir di kampanye, tetapi melarang ASN memakai atribut pada Pilkada 2024.", {P, B}),
    ("Bupati mempersilakan ASN memilih, namun melarang mereka berkampanye pada Pilkada 2024.", {P, B}),
    ("ASN diizinkan ikut kampanye sebagai pendengar, tetapi ASN wajib melepas atribut dinas pada Pilkada 2024.",
     {P, OB}),
    ("ASN boleh memilih, tetapi wajib menjaga kerahasiaan pilihannya pada Pilkada 2024.", {P, OB}),
    ("ASN tidak dilarang menghadiri kampanye, namun diimbau tidak memakai atribut pada Pilkada 2024.", {P, A}),
    # a rule set against a request by a contrastive joiner is a rule of its own; a request a concession grants is none
    ("ASN boleh hadir di kampanye, namun kami imbau tetap menjaga sikap pada Pilkada 2024.", {P, A}),
    ("Bupati meminta agar ASN tetap netral, tetapi ASN harus tetap melayani warga pada Pilkada 2024.", {OB, A}),
    ("ASN tetap boleh memilih, tapi kami minta jangan menunjukkan pilihannya pada Pilkada 2024.", {P, B}),
    ("Meski diminta untuk netral, tetapi ASN juga harus memahami tahapan Pilkada 2024.", {OB}),
    ("Walaupun diimbau netral, namun ASN tetap wajib melapor bila diajak berkampanye pada Pilkada 2024.", {OB}),
    ("Meski diminta untuk netral, ASN juga harus memahami tahapan Pilkada 2024.", {OB}),
    # colloquial leave ("bisa nyoblos", "dibolehin", "sah-sah aja", "silakan saja ASN ..."), a religious ban denied,
    # room given; leave to report and room for others stay none
    ("ASN boleh nyoblos di TPS, tapi tidak boleh kampanye pada Pilkada 2024.", {P, B}),
    ("ASN bisa nyoblos di TPS pada Pilkada 2024.", {P}),
    ("ASN diperbolehin datang ke kampanye pada Pilkada 2024.", {P}),
    ("ASN dibolehin hadir di kampanye asal tanpa atribut pada Pilkada 2024.", {P}),
    ("ASN sah saja hadir di kampanye sebagai pendengar pada Pilkada 2024.", {P}),
    ("Silakan saja ASN datang ke kampanye, tetapi jangan pakai atribut pada Pilkada 2024.", {P, B}),
    ("ASN masih bisa menggunakan hak pilihnya pada Pilkada 2024.", {P}),
    ("ASN sah-sah aja datang ke kampanye pada Pilkada 2024.", {P}),
    ("ASN tidak diharamkan hadir di kampanye pada Pilkada 2024.", {P}),
    ("ASN dipersilakan saja memilih sesuai hati nurani pada Pilkada 2024.", {P}),
    ("ASN tetap diperkenankan hadir di kampanye, hanya saja dilarang membawa atribut pada Pilkada 2024.", {P, B}),
    ("ASN boleh hadir di kampanye, tetapi dilarang keras berorasi pada Pilkada 2024.", {P, B}),
    ("ASN boleh memberikan suara di TPS, tetapi tidak boleh berkampanye pada Pilkada 2024.", {P, B}),
    ("ASN boleh menghadiri kampanye, kecuali memakai atribut partai pada Pilkada 2024.", {P}),
    ("ASN diberi ruang untuk mendengarkan visi misi calon, tetapi dilarang ikut berkampanye pada Pilkada 2024.",
     {P, B}),
    ("ASN tetap bisa hadir di kampanye, tapi tidak boleh ikut yel-yel pada Pilkada 2024.", {P, B}),
    ("ASN juga bisa datang ke kampanye, tapi jangan pakai seragam pada Pilkada 2024.", {P, B}),
    ("ASN dapat menghadiri acara keluarga calon, namun dilarang berfoto dengan gaya jari pada Pilkada 2024.", {P, B}),
    ("ASN boleh mendampingi pasangannya yang maju sebagai calon, tetapi dilarang berkampanye pada Pilkada 2024.",
     {P, B}),
    ("Kalau ada ASN yang melanggar, silahkan saja dilaporkan ke Bawaslu pada Pilkada 2024.", set()),
    ("Warga silakan saja melapor ke Bawaslu bila melihat pelanggaran pada Pilkada 2024.", set()),
    ("Menurutnya, hasil rapat pleno itu sah saja menurut aturan Pilkada 2024.", set()),
    ("Pemuda diberi ruang untuk berkreasi dalam festival menjelang Pilkada 2024.", set()),
    # a duty or a ban with its penalty, joined by "sebaliknya", "melainkan", "sedangkan", "meski begitu"
    ("ASN wajib netral, kalau tidak, siap-siap disanksi pada Pilkada 2024.", {OB, S}),
    ("ASN harus netral, bila melanggar akan diberi teguran tertulis pada Pilkada 2024.", {OB, S}),
    ("ASN dilarang berkampanye, pelanggar akan dikenai hukuman disiplin pada Pilkada 2024.", {B, S}),
    ("ASN jangan ikut kampanye, nanti kena sanksi pada Pilkada 2024.", {B, S}),
    ("ASN diminta netral, kalau melanggar akan kami proses sesuai aturan pada Pilkada 2024.", {A, S}),
    ("ASN wajib menjaga netralitas serta dilarang memakai fasilitas negara untuk kampanye pada Pilkada 2024.", {B, OB}),
    ("ASN harus netral; jangan sampai ada yang ikut kampanye pada Pilkada 2024.", {B, OB}),
    ("ASN wajib bersikap netral, tak boleh berpihak, dan dilarang ikut kampanye pada Pilkada 2024.", {B, OB}),
    ("ASN dilarang terlibat politik praktis, sebaliknya wajib melayani masyarakat dengan adil pada Pilkada 2024.",
     {B, OB}),
    ("ASN tidak boleh memihak, melainkan harus netral pada Pilkada 2024.", {B, OB}),
    ("ASN jangan berpihak, tetapi harus tetap melayani semua warga pada Pilkada 2024.", {B, OB}),
    ("ASN diimbau menggunakan hak pilih, namun dilarang mengajak orang lain memilih calon pada Pilkada 2024.", {B, A}),
    ("Bupati mengajak ASN menjaga netralitas, sedangkan yang melanggar akan ditindak tegas pada Pilkada 2024.", {A, S}),
    ("ASN diharapkan netral dan yang terbukti tidak netral akan diberi sanksi pada Pilkada 2024.", {A, S}),
    ("ASN wajib netral dan boleh menggunakan hak pilihnya di TPS pada Pilkada 2024.", {P, OB}),
    ("ASN wajib menjaga netralitas, tetapi tetap dapat menggunakan hak pilihnya pada Pilkada 2024.", {P, OB}),
    ("ASN harus netral, meski begitu tetap boleh memilih di bilik suara pada Pilkada 2024.", {P, OB}),
    ("ASN boleh memilih, akan tetapi dilarang berkampanye, dan pelanggar akan dikenai sanksi pada Pilkada 2024.",
     {P, B, S}),
]


def _text(case) -> str:
    return case[0]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every sentence of the list analysed in one batch, by text."""
    texts = [_text(c) for c in PAIRS]
    results = analyse_all(texts, published="2024-10-07")
    return dict(zip(texts, results))


@pytest.mark.parametrize(("text", "kinds"), PAIRS, ids=[_text(c)[:60] for c in PAIRS])
def test_each_rule_of_a_sentence_is_given_once(analysed: dict, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[text].directives} == kinds
