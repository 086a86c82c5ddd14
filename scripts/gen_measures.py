#!/usr/bin/env python3
"""Generate src/lang/measures.rs: the words of measures and money that make a figure before them
a measure, not a count ("5 nuits", "zwei Jahrzehnten", "50,9 miliardi di reais", "100 000 drams").

The names come from the Unicode CLDR through Babel (its locale data, in en/fr/de/es/it/pt):

- units: the long names, in every plural form the language has, of the measurement units news
  copy uses (lengths, areas, volumes, masses, durations, speeds, temperatures, power, energy,
  pressure, data sizes, percentages, angles), the words after the figure in CLDR's pattern
  ("{0} nuits" → "nuits"); short forms only when they hold a character that is not a letter
  ("km²", "km/h"), since "ha" or "mi" are also words;
- money: the names, in every plural form, of the currencies in use in some territory today,
  reduced to their head noun (French, Spanish, Italian and Portuguese put it first: "roupies
  indonésiennes" → "roupies"; English and German last: "Indonesian rupiahs" → "rupiahs").

German nouns also take a dative plural in -n after "mit", "von", "seit" ("seit zwei
Jahrzehnten"): a German plural ending in -e gets that form too.

Words are folded like claimdiff's tokens (lower case, accents stripped) and sorted: per language,
one list of measures and money, and one of money alone. The hand-written lists in src/lang/<lang>.rs (units_after) hold the abbreviations,
page counters and the words CLDR does not have.

Usage (see data/CLDR-LICENSE.md for the version used):

    pip install babel==2.19.0
    python3 scripts/gen_measures.py          # writes src/lang/measures.rs

The output is deterministic.
"""

import datetime
import json
import os
import unicodedata

import babel
from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

LANGS = ["fr", "en", "de", "es", "it", "pt"]
HEAD_LAST = {"en", "de"}
UNITS = [
    "angle-degree",
    "area-acre", "area-hectare", "area-square-foot", "area-square-kilometer", "area-square-meter",
    "area-square-mile",
    "concentr-percent", "concentr-permille",
    "digital-byte", "digital-gigabyte", "digital-kilobyte", "digital-megabyte", "digital-terabyte",
    "duration-century", "duration-day", "duration-decade", "duration-fortnight", "duration-hour",
    "duration-millisecond", "duration-minute", "duration-month", "duration-night",
    "duration-second", "duration-week", "duration-year",
    "energy-joule", "energy-kilowatt-hour", "energy-calorie", "energy-kilocalorie",
    "length-centimeter", "length-foot", "length-inch", "length-kilometer", "length-meter",
    "length-mile", "length-millimeter", "length-nautical-mile", "length-yard",
    "mass-gram", "mass-kilogram", "mass-milligram", "mass-ounce", "mass-pound", "mass-ton",
    "mass-tonne",
    "power-gigawatt", "power-horsepower", "power-kilowatt", "power-megawatt", "power-watt",
    "pressure-hectopascal", "pressure-millibar",
    "speed-kilometer-per-hour", "speed-knot", "speed-meter-per-second", "speed-mile-per-hour",
    "temperature-celsius", "temperature-fahrenheit", "temperature-generic", "temperature-kelvin",
    "volume-barrel", "volume-cubic-meter", "volume-gallon", "volume-hectoliter", "volume-liter",
    "volume-megaliter", "volume-milliliter",
]


# Short unit forms are kept only with one of these ("km²", "km/h", "°C"): "ha", "mi" or "sett."
# are also words or abbreviations of something else.
SYMBOLS = "/²³°%‰"

# Words of currency names that are not their head ("nuovo shekel", "Zimbabwe Gold", "CFA-Franc
# (BCEAO)"): never a measure, and some are the words of counts ("10 nuovi casi").
NOT_HEADS = {
    "new", "neue", "neuer", "nouveau", "nouveaux", "nouvelle", "nuevo", "nuevos", "nueva",
    "nuovo", "nuovi", "nuova", "novo", "novos", "nova", "gold", "oro", "ouro", "or",
    "zimbabwe", "herzegowina",
}


# Names that are also ordinary words of their language, or CLDR's abbreviations: "no"/"nos"
# (Portuguese "nó", a knot, folded; "no dia seguinte"), "secondo"/"segundo" (a second;
# "according to", an ordinal), "colons" (Costa Rica's colón; settlers), "mark" ("passed the
# 1,000 mark"), "ouros", "fw" (fortnight).
FUNCTION_WORDS = {
    "it": {"secondo", "fw"},
    "pt": {"no", "nos", "segundo", "ouros", "fw"},
    "es": {"segundo", "fw"},
    "fr": {"colon", "colons", "fw"},
    "en": {"mark", "marks", "fw"},
    "de": {"fw"},
}


def fold(text):
    """claimdiff's fold (src/lang/mod.rs): lower case, Latin accents stripped, ligatures out."""
    out = []
    for c in unicodedata.normalize("NFD", text):
        if "\u0300" <= c <= "\u036f":
            continue
        if c in "\u2019\u2018\u02bc`\u00b4":
            c = "'"
        elif c in "\u00a0\u202f\u2009\u2007":
            c = " "
        out.append({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"}.get(c, c.lower()))
    return "".join(out)


def unit_words(locale):
    words = set()
    patterns = locale._data["unit_patterns"]
    for key in UNITS:
        for width, forms in patterns.get(key, {}).items():
            if width not in ("long", "short"):
                continue
            for form, pattern in forms.items():
                if form in ("per", "gender") or not pattern.startswith("{0}"):
                    continue
                word = fold(pattern[3:].strip())
                if not word or (width == "short" and not any(c in SYMBOLS for c in word)):
                    continue
                words.add(word)
    return words


def currencies_in_use():
    today = datetime.date(2026, 1, 1)
    codes = set()
    for territory in Locale("en").territories:
        if len(territory) == 2 and territory.isalpha():
            codes.update(get_territory_currencies(territory, start_date=today, tender=True))
    return sorted(codes)


def money_words(lang, codes):
    locale = Locale(lang)
    forms = sorted(locale.plural_form.rules.keys() | {"other"})
    samples = {"one": 1, "two": 2, "few": 3, "many": 1000000, "other": 5}
    words = set()
    for code in codes:
        names = {get_currency_name(code, locale=locale)}
        names.update(get_currency_name(code, count=samples.get(f, 5), locale=locale) for f in forms)
        names.update(get_currency_name(code, count=n, locale=locale) for n in (1, 2, 5, 1000000))
        for name in names:
            if name == code or not name:
                continue
            parts = name.split()
            parts = [p for p in parts if not (p.startswith("(") or p.endswith(")"))]
            if not parts:
                continue
            head = fold(parts[-1] if lang in HEAD_LAST else parts[0])
            if len(head) > 2 and head.replace("-", "").isalpha() and head not in NOT_HEADS:
                words.add(head)
    return words


def main():
    codes = currencies_in_use()
    out = [
        "//! Words of measures and money after a figure, from the Unicode CLDR (Babel "
        f"{babel.__version__}), generated",
        "//! by `scripts/gen_measures.py`: do not edit (see data/CLDR-LICENSE.md).",
        "",
    ]
    for lang in LANGS:
        words = (unit_words(Locale(lang)) | money_words(lang, codes)) - FUNCTION_WORDS.get(lang, set())
        if lang == "de":
            words |= {w + "n" for w in words if w.endswith("e") and " " not in w}
        money = money_words(lang, codes) - FUNCTION_WORDS.get(lang, set())
        for name, doc, table in (
            (lang.upper(), "Measures and money", words),
            (lang.upper() + "_MONEY", "Money", money),
        ):
            out.append(f"/// {doc} after a figure in `{lang}`, folded and sorted.")
            out.append(f"pub const {name}: &[&str] = &[")
            out += [f"    {json.dumps(w, ensure_ascii=False)}," for w in sorted(table, key=lambda w: w.encode())]
            out.append("];")
            out.append("")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "lang", "measures.rs")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(path, sum(1 for line in out if line.startswith("    ")), "words")


if __name__ == "__main__":
    main()
