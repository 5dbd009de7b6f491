"""A generated matrix of the lists regional news prints of officials present or reported: two to five officials, their
titles with the region, bare (the story names the region before) or as fused short titles ("Kadinkes", "Kaban
Kesbangpol", "Kadis Perkim"), honorifics and degrees before a name (H., Hj., Drs.), ranks between title and name;
joined by commas and "dan", commas and "serta", semicolons or numbered lines; each item written "Title Name",
"Title, Name", "Name (Title)", "Name selaku Title" or "Name, Title"; after the openers "dihadiri oleh", "hadir pula",
"yakni", "antara lain", "adalah", "masing-masing", "di antaranya". Every name is found with its own office (not the
next one's), none is lost and none invented. Institutions and regions are others than the read half's. All are
analysed in one batch; forms still missed are strict expected failures, so that a fix turns them into passes."""

from __future__ import annotations

import pytest

from .probes import indexed, values

LEAD = "Rapat netralitas ASN jelang Pilkada 2024 digelar di aula kantor Bupati Sumba Barat, Rabu (9/10/2024). "
NAMES = ["Yohanes Beda", "Marselina Lado", "Rudolf Kaho", "Sitti Nurhaliza", "Abdul Muis Lato", "Fransiska Ngongo",
         "Hironimus Sogen", "Nurjanah Ode", "Petrus Kanisius", "Wa Ode Sitti", "La Ode Rahman", "Agustinus Tefa",
         "Maria Goreti", "Syamsul Rijal", "Benediktus Lelo", "Yulianus Dapa", "Kristina Hale", "Muhammad Taslim"]
# (the title with its region, the title bare, how the office found must begin)
TITLES = [("Kepala Dinas Sosial Kabupaten Sumba Barat", "Kepala Dinas Sosial", "Kepala Dinas Sosial"),
          ("Sekda Kabupaten Sumba Barat", "Sekda", "Sekda"),
          ("Kepala BPBD Sumba Barat", "Kepala BPBD", "Kepala BPBD"),
          ("Kadis Perkim Sumba Barat", "Kadis Perkim", "Kadis"),
          ("Kaban Kesbangpol Sumba Barat", "Kaban Kesbangpol", "Kaban"),
          ("Kadis Kominfo Sumba Barat", "Kadis Kominfo", "Kadis"),
          ("Inspektur Kabupaten Sumba Barat", "Inspektur", "Inspektur"),
          ("Kadinkes Sumba Barat", "Kadinkes", "Kadinkes"),
          ("Kadisdik Sumba Barat", "Kadisdik", "Kadisdik"),
          ("Kepala BKPSDM Sumba Barat", "Kepala BKPSDM", "Kepala BKPSDM"),
          ("Kadis Tenaga Kerja Sumba Barat", "Kadis Tenaga Kerja", "Kadis"),
          ("Kepala Bappeda Sumba Barat", "Kepala Bappeda", "Kepala Bappeda")]
# (title, rank before the name, how the office found must begin)
RANKED = [("Kapolres Sumba Barat", "AKBP", "Kapolres"), ("Dandim 1613/Sumba Barat", "Letkol Inf", "Dandim"),
          ("Kapolsek Loli", "AKP", "Kapolsek"), ("Danramil Waikabubak", "Kapten Inf", "Danramil")]
OPENERS = ["Rapat itu dihadiri oleh ", "Hadir pula ", "Enam pejabat yang dilaporkan yakni ", "Hadir antara lain ",
           "Mereka adalah ", "Pemateri masing-masing ", "Hadir di antaranya "]
HONOURS = ["H. ", "Hj. ", "Drs. ", ""]
SHAPES = {"TN": "{t} {n}", "T,N": "{t}, {n}", "N(T)": "{n} ({t})", "N selaku T": "{n} selaku {t}", "N,T": "{n}, {t}"}


def joined(items: list[str], sep: str) -> str:
    """The items as the list writes them."""
    if sep == "lines":
        return "\n" + "\n".join(f"{k + 1}. {x}" for k, x in enumerate(items))
    last = {"dan": " dan ", "serta": ", serta ", "semicolon": "; dan "}[sep]
    return ("; " if sep == "semicolon" else ", ").join(items[:-1]) + last + items[-1] + "."


def matrix() -> list[tuple[str, str, dict[str, str]]]:
    """(form, text, each name's office start): sizes x title forms x shapes x separators, names and openers rotated."""
    out, k = [], 0
    for size in (2, 3, 4, 5):
        for regioned in (True, False):
            for shape, form in SHAPES.items():
                for sep in ("dan", "serta", "semicolon", "lines"):
                    titles = [TITLES[(k * 5 + j * 3) % len(TITLES)] for j in range(size)]
                    names = [NAMES[(k * 7 + j * 5) % len(NAMES)] for j in range(size)]
                    if len(set(names)) < size:
                        names = [NAMES[(k + j) % len(NAMES)] for j in range(size)]
                    honour = HONOURS[k % len(HONOURS)] if k % 3 == 0 else ""
                    items = [form.format(t=t[0] if regioned else t[1], n=(honour if j == 1 else "") + n)
                             for j, (t, n) in enumerate(zip(titles, names))]
                    text = LEAD + OPENERS[k % len(OPENERS)] + joined(items, sep)
                    out.append((f"{size}-{'region' if regioned else 'bare'}-{shape}-{sep}", text,
                                {n: t[2] for t, n in zip(titles, names)}))
                    k += 1
    for size in (2, 3, 4):
        for sep in ("dan", "serta", "semicolon"):
            for shape in ("TN", "T,N"):
                ranked = [RANKED[(k + j) % len(RANKED)] for j in range(size)]
                names = [NAMES[(k * 3 + j * 7) % len(NAMES)] for j in range(size)]
                items = [SHAPES[shape].format(t=t, n=f"{r} {n}") for (t, r, _), n in zip(ranked, names)]
                out.append((f"{size}-rank-{shape}-{sep}", LEAD + OPENERS[k % len(OPENERS)] + joined(items, sep),
                            {n: role for (_, _, role), n in zip(ranked, names)}))
                k += 1
    return out


# forms written out: bare titles whose office the registry cannot name alternating with their holders after commas
WRITTEN = [
    ("bare-alternating-loose", LEAD + "Pelanggaran dilakukan lima kepala dinas, yakni Kadis Tenaga Kerja, Yusuf Lado, "
     "Kepala BPBD, Maria Beda, Kadis Perkim, Anton Kaho, Kadis Infokom, Rina Tefa, Kadis Pemberdayaan Perempuan, "
     "Siti Ode.",
     {"Yusuf Lado": "Kadis Tenaga Kerja", "Maria Beda": "Kepala BPBD", "Anton Kaho": "Kadis Perkim",
      "Rina Tefa": "Kadis Infokom", "Siti Ode": "Kadis Pemberdayaan Perempuan"}),
    ("bare-alternating-loose-first", LEAD + "Mereka yang dipanggil adalah Kepala Dinas Pertanian, Gregorius Wolo, "
     "Kadis Sosial, Stefanus Mau, dan Kepala BPBD, Theresia Bouk.",
     {"Gregorius Wolo": "Kepala Dinas Pertanian", "Stefanus Mau": "Kadis Sosial", "Theresia Bouk": "Kepala BPBD"}),
    ("loose-in-the-middle", LEAD + "Yang dilaporkan yakni Kadis Kominfo, Gregorius Wolo, Kadis Pemberdayaan "
     "Perempuan, Stefanus Mau, Kadisdik, Theresia Bouk.",
     {"Gregorius Wolo": "Kadis Kominfo", "Stefanus Mau": "Kadis Pemberdayaan Perempuan", "Theresia Bouk": "Kadisdik"}),
    ("loose-in-the-middle-bappeda", LEAD + "Hadir Kepala Bappeda, Gregorius Wolo, Kepala Dinas Pertanian, Stefanus "
     "Mau, Sekda, Theresia Bouk.",
     {"Gregorius Wolo": "Kepala Bappeda", "Stefanus Mau": "Kepala Dinas Pertanian", "Theresia Bouk": "Sekda"}),
    ("loose-selaku-then-dan", LEAD + "Hadir Gregorius Wolo selaku Kadis Tenaga Kerja dan Stefanus Mau selaku Sekda.",
     {"Gregorius Wolo": "Kadis Tenaga Kerja", "Stefanus Mau": "Sekda"}),
    ("loose-name-comma-then-comma", LEAD + "Hadir Gregorius Wolo, Kadis Tenaga Kerja, Stefanus Mau, Sekda, dan "
     "Theresia Bouk, Kadinkes.",
     {"Gregorius Wolo": "Kadis Tenaga Kerja", "Stefanus Mau": "Sekda", "Theresia Bouk": "Kadinkes"}),
    # a small place's office, a comma, a rank and the name, the list going on with "dan"
    ("placed-comma-rank", LEAD + "Hadir Danramil Waikabubak, Kapten Inf Gregorius Wolo dan Kapolres Sumba Barat, AKBP "
     "Stefanus Mau.",
     {"Gregorius Wolo": "Danramil", "Stefanus Mau": "Kapolres"}),
    ("placed-comma-rank-then-placed", LEAD + "Turut hadir Kapolsek Loli, Iptu Gregorius Wolo dan Camat Loli Stefanus "
     "Mau.",
     {"Gregorius Wolo": "Kapolsek", "Stefanus Mau": "Camat"}),
    ("placed-comma-rank-serta", LEAD + "Hadir Kapolsek Kota Waikabubak, AKP Gregorius Wolo, serta Danramil "
     "Waikabubak, Kapten Inf Stefanus Mau.",
     {"Gregorius Wolo": "Kapolsek", "Stefanus Mau": "Danramil"}),
    # a listed district's head and his name of two words before the comma, the list going on with no title
    ("placed-name-then-non-official", LEAD + "Hadir Camat Loli Gregorius Wolo, tokoh adat Stefanus Mau, dan Kapolsek "
     "Loli AKP Theresia Bouk.",
     {"Gregorius Wolo": "Camat", "Theresia Bouk": "Kapolsek"}),
    ("placed-name-then-rank", LEAD + "Tampak hadir Camat Wanokaka Gregorius Wolo, Kompol Stefanus Mau dari Polres "
     "Sumba Barat.",
     {"Gregorius Wolo": "Camat"}),
    ("placed-then-health-centre-head", LEAD + "Hadir Camat Loli Gregorius Wolo, Ka Puskesmas Loli H. Stefanus Mau dan "
     "tokoh masyarakat.",
     {"Gregorius Wolo": "Camat", "Stefanus Mau": "Ka Puskesmas"}),
]
PROBES = [*matrix(), *WRITTEN]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([values(p)[1] for p in PROBES])


@pytest.mark.parametrize(("k", "officials"), indexed(PROBES, lambda v: v[0], first=2))
def test_each_listed_name_holds_its_own_office(analyses, k: int, officials: dict[str, str]) -> None:
    found = {o.name: o.role or "" for o in analyses[k].officials}
    missing = [n for n in officials if n not in found]
    assert not missing, f"{missing} not found: {found}"
    wrong = {n: found[n] for n, role in officials.items() if not found[n].startswith(role)}
    assert not wrong, f"wrong offices: {wrong}"
    extra = sorted(set(found) - set(officials))
    assert not extra, f"{extra} read as officials"
