"""The districts (kecamatan, distrik) of every kabupaten/kota by name (``patterns/districts.yaml``, written by
``build_districts``): where a district's name after the title of its head or body ends and a name begins."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .regions import gazetteer
from .resources import load

_DROPPED = str.maketrans("", "", " '’‘`")  # spaces, and apostrophes straight or curly


def _key(place: str) -> str:
    """A district's name in lower case without spaces: news write "Bojong Gede" for the official "Bojonggede",
    "Tanjung Karang Pusat" for "Tanjungkarang Pusat"; and without the glottal stop's apostrophe of Makassarese and
    Toraja names, which some write and others leave out ("Pa'jukukang" for the listed "Pajukukang", "Sadan" for
    "Sa'dan"), in a straight or a curly mark."""
    return place.lower().translate(_DROPPED)


@lru_cache(maxsize=1)
def _regencies() -> dict[str, str | None]:
    """Each listed district (by ``_key``) and the one regency it lies in; None for a name several share."""
    out: dict[str, str | None] = {}
    for regency, names in load("districts")["regencies"].items():
        for name in names:
            key = _key(name)
            out[key] = regency if out.get(key, regency) == regency else None
    return out


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], int]:
    """Every listed district (by ``_key``), and the most words one may be written in."""
    most = max(n.count(" ") for ns in load("districts")["regencies"].values() for n in ns)
    return frozenset(_regencies()), most + 2


def district_end(doc: Doc, i: int) -> int:
    """The end of the longest listed district written at ``i`` with capitals ("Pasar Minggu Budi": after
    "Minggu"), else ``i``. Districts share names across regencies, so any regency's counts: the list only says
    where a place ends. At most one set lookup per length of name, none for a word in lower case."""
    names, most = _names()
    for n in range(min(most, len(doc) - i), 0, -1):
        words = doc[i:i + n]
        if not any(t.is_lower for t in words) and "".join(t.lower_ for t in words).translate(_DROPPED) in names:
            return i + n
    return i


def is_district(place: str) -> bool:
    """Whether ``place`` as written ("Bojong Gede", "Mancak") is a listed district of any regency."""
    return _key(place) in _names()[0]


def district_regency(place: str) -> str | None:
    """The regency (regions.yaml's key) of the district ``place`` names ("Cicurug": "kabupaten:Sukabumi"), when
    only one regency lists a district of that name."""
    return _regencies().get(_key(place))


@lru_cache(maxsize=1)
def _provinces() -> dict[str, frozenset[str]]:
    """Each listed district (by ``_key``) and the provinces (regions.yaml's names) of the regencies listing it."""
    regions = gazetteer().regions
    out: dict[str, set[str]] = {}
    for regency, names in load("districts")["regencies"].items():
        for name in names:
            out.setdefault(_key(name), set()).add(regions[regency].province)
    return {k: frozenset(v) for k, v in out.items()}


def district_provinces(place: str) -> frozenset[str]:
    """The provinces whose regencies list a district named ``place`` ("Cibinong": Jawa Barat), none if unlisted."""
    return _provinces().get(_key(place), frozenset())
