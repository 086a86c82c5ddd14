#!/usr/bin/env python3
"""Generate src/lang/demonyms.rs: the nationality adjectives and nouns of every country, in
fr/en/de/es/it/pt, with their country ("libanais" → Lebanon, "sudanesische" → Sudan).

No maintained data package gives demonyms in these six languages, so they are found, not typed:

- the country names come from the place gazetteer (data/places.tsv, itself from ISO 3166 and
  GeoNames; one-word names only, "Liban", "Líbano", "Libanon", "Lebanon");
- a candidate is a word of the language's Hunspell dictionary (the spelling dictionaries
  LibreOffice ships, listed below) that is a country name's stem (the name without its last
  one or two letters, at least four letters left) followed by one of the language's
  nationality endings ("-ais", "-ien", "-ese", "-ês", "-isch", "-ian"…). A dictionary word
  is a real word, so no invented form is kept; the stem ties it to one country, the longest
  stem winning ("nigérian" is Nigeria's, not Niger's);
- each demonym is inflected by the language's regular endings (feminine, plural; German
  adjective endings).

Words that are a country's stem plus an ending by chance ("soudain", "turquesa", "germanisch")
are kept out by a minimum stem length, endings that are nationality endings only (no "-ite",
"-ique", single vowels) and a short list; a test checks the table against the hand-written
entity tables (a word both hold names one country).

Usage (Debian/Ubuntu dictionaries: hunspell-fr hunspell-en-us hunspell-de-de hunspell-es
hunspell-it hunspell-pt-pt):

    python3 scripts/gen_demonyms.py          # writes src/lang/demonyms.rs

The output is deterministic.
"""

import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DICTS = {
    "fr": "/usr/share/hunspell/fr_FR.dic",
    "en": "/usr/share/hunspell/en_US.dic",
    "de": "/usr/share/hunspell/de_DE.dic",
    "es": "/usr/share/hunspell/es_ES.dic",
    "it": "/usr/share/hunspell/it_IT.dic",
    "pt": "/usr/share/hunspell/pt_PT.dic",
}
# Nationality endings of the dictionary's base forms.
ENDINGS = {
    "fr": ["ais", "ain", "ien", "ois", "ote", "in", "en", "éen"],
    "en": ["ian", "ean", "an", "n", "ese", "ish", "i"],
    "de": ["isch", "esisch", "anisch", "ier", "er"],
    "es": ["ano", "ense", "és", "eño", "ino", "í"],
    "it": ["ano", "ese", "ino", "ense", "eno", "iano"],
    "pt": ["ano", "ense", "ês", "eno", "ino", "iano"],
}
# Languages that write nationality adjectives with a capital (English); the others' capitalised
# dictionary words are names ("Jordi"), not adjectives.
CAPITALISED = {"en"}
# Regular inflections of a base form: (ending of the base, endings of its forms).
INFLECTIONS = {
    "fr": [("ien", ["ien", "iens", "ienne", "iennes"]), ("éen", ["éen", "éens", "éenne", "éennes"]),
           ("ais", ["ais", "aise", "aises"]), ("ois", ["ois", "oise", "oises"]),
           ("ain", ["ain", "ains", "aine", "aines"]), ("in", ["in", "ins", "ine", "ines"]),
           ("en", ["en", "ens", "enne", "ennes"]), ("e", ["e", "es"]), ("i", ["i", "is", "ie", "ies"]),
           ("", ["", "s", "e", "es"])],
    "en": [("", ["", "s"])],
    "de": [("isch", ["isch", "ische", "ischen", "ischer", "isches", "ischem"]),
           ("er", ["er", "ern", "erin", "erinnen"]), ("", [""])],
    "es": [("o", ["o", "a", "os", "as"]), ("és", ["és", "esa", "eses", "esas"]),
           ("e", ["e", "es"]), ("í", ["í", "íes", "ís"]), ("l", ["l", "la", "les", "las"]), ("", ["", "s"])],
    "it": [("o", ["o", "a", "i", "e"]), ("e", ["e", "i"]), ("a", ["a", "i", "e"]), ("", [""])],
    "pt": [("o", ["o", "a", "os", "as"]), ("ês", ["ês", "esa", "eses", "esas"]),
           ("e", ["e", "es"]), ("l", ["l", "la", "is", "las"]), ("", ["", "s"])],
}


def fold(text):
    """claimdiff's fold (src/lang/mod.rs): lower case, Latin accents stripped, ß → ss."""
    out = []
    for c in unicodedata.normalize("NFD", text):
        if "\u0300" <= c <= "\u036f":
            continue
        out.append({"ß": "ss", "œ": "oe", "æ": "ae"}.get(c, c.lower()))
    return "".join(out)


def countries():
    """(canonical name, one-word names folded) of every country of the gazetteer."""
    rows = []
    with open(os.path.join(HERE, "..", "data", "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if cells[1] != "country":
                continue
            names = [cells[2]] + [n for n in cells[6].split("|") if n]
            words = {fold(n) for n in names if " " not in n and "-" not in n and len(n) >= 4}
            rows.append((cells[2], words))
    return rows


def stems(name):
    """The stems a demonym may be built on, each with how many letters it drops: the name, the
    name without its last letter (four letters left at least) or its last two (six left)."""
    out = {(name, 0)}
    if len(name) - 1 >= 4:
        out.add((name[:-1], 1))
    if len(name) - 2 >= 6:
        out.add((name[:-2], 2))
    return out


# Words a stem and an ending make by chance that name no nationality: a dialect, a language
# family, a people of another continent.
NOT_DEMONYMS = {
    "indianisch", "romanisch", "germanisch", "francien", "romanesco", "maltote", "italiote",
    "chines",
    # The Dominican Republic's, not Dominica's (its name has two words, which the stems skip);
    # the Kuban is a Russian region; a Georgian in US news is from the state.
    "dominican", "dominicain", "dominicano", "kuban", "georgian",
}


def dictionary(lang):
    words = set()
    with open(DICTS[lang], encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            word = line.split("/")[0].split("\t")[0].strip()
            if not word or not word.replace("-", "").isalpha():
                continue
            if word[0].isupper() == (lang in CAPITALISED):
                words.add(word)
    return words


def main():
    table = countries()
    out = [
        "//! Nationality words (adjectives and nouns) of every country, generated by",
        "//! `scripts/gen_demonyms.py` from the place gazetteer and the Hunspell dictionaries: do",
        "//! not edit. Folded forms, sorted.",
        "",
    ]
    for lang in ["fr", "en", "de", "es", "it", "pt"]:
        words = dictionary(lang)
        by_stem = {}
        country_names = set()
        for country, names in table:
            country_names |= names
            for name in names:
                for stem, cut in stems(name):
                    by_stem.setdefault(stem, set()).add((country, cut == 0))
        endings = {fold(e) for e in ENDINGS[lang]}
        found = {}
        for word in sorted(words):
            base = fold(word)
            if base in NOT_DEMONYMS:
                continue
            # The longest stem that leaves a nationality ending; one country only.
            for cut in range(len(base) - 1, 3, -1):
                stem, rest = base[:cut], base[cut:]
                if rest in endings and stem in by_stem:
                    # A short ending only after a whole name: "soud-ain" is not Sudanese.
                    countries_ = {c for c, whole in by_stem[stem] if whole or len(rest) > 2}
                    if len(countries_) == 1:
                        found[base] = next(iter(countries_))
                    if countries_:
                        break
        forms = {}
        for base, country in found.items():
            for ending, endings in INFLECTIONS[lang]:
                e = fold(ending)
                if base.endswith(e):
                    root = base[: len(base) - len(e)]
                    for f2 in endings:
                        form = root + fold(f2)
                        if forms.get(form, country) != country:
                            forms[form] = None
                        else:
                            forms[form] = country
                    break
        rows = sorted((f, c) for f, c in forms.items() if c)
        out.append(f"/// Nationality words in `{lang}` → their country.")
        out.append(f"pub const {lang.upper()}: &[(&str, &str)] = &[")
        out += [f"    ({json.dumps(f, ensure_ascii=False)}, {json.dumps(c, ensure_ascii=False)})," for f, c in rows]
        out.append("];")
        out.append("")
        print(lang, len(found), "demonyms", len(rows), "forms")
    with open(os.path.join(HERE, "..", "src", "lang", "demonyms.rs"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
