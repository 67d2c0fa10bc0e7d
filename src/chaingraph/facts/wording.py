"""How quantities read, in Chinese and English: the one place that words unit, period, qualifier
and status codes, and writes figures.

Facts give quantities as plain codes: UN/CEFACT unit codes (TNE, GWH...) and periods (ANN..., or
TOTAL for a total and UNKNOWN when the source gives none),
and a value qualifier (more-than...). The ontology declares none of these as individuals, so
their words are listed here. Statuses are individuals of the ontology (cg:Planned... with a
skos:notation), so their words are the ontology's own labels, read through the Vocabulary.

Two styles: prose for the explorer (超过10万吨/年, more than 100,000 t per year), and compact
figures for the report and the chain figure (100,000 t/yr (completed)).

>>> quantity_words(Decimal("100000"), "TNE", "ANN", "more-than")
{'zh': '超过10万吨/年', 'en': 'more than 100,000 t per year'}
"""

from __future__ import annotations

from decimal import Decimal

from rdflib.namespace import RDF

from chaingraph.core.namespaces import CG
from chaingraph.facts.vocabulary import Vocabulary

LANGUAGES = ("zh", "en")

# By code: (zh prose, en prose, compact symbol); None where a style has no word for the code, which
# is then shown as the code itself. The two styles cover different codes (SET is compact only;
# money, areas and power are prose only): filling either in would change what a built output says.
UNITS = {
    "TNE": ("吨", "t", "t"), "KGM": ("千克", "kg", "kg"), "GWH": ("GWh", "GWh", "GWh"),
    "MWH": ("MWh", "MWh", "MWh"), "KWH": ("千瓦时", "kWh", "kWh"), "A90": ("GW", "GW", None),
    "MAW": ("MW", "MW", None), "C62": ("件", "pieces", "pcs"), "SET": (None, None, "sets"),
    "CNY": ("元", "yuan", None), "USD": ("美元", "US dollars", None), "EUR": ("欧元", "euros", None),
    "HKD": ("港元", "HK dollars", None), "JPY": ("日元", "yen", None), "GBP": ("英镑", "pounds", None),
    "MTK": ("平方米", "m²", None), "MTQ": ("立方米", "m³", None),
    "HAR": ("公顷", "ha", None), "TEU": ("标箱", "TEU", "TEU"), "PR": ("对", "pairs", "pairs"),
}
PERIODS = {"ANN": ("/年", " per year", "/yr"), "MON": ("/月", " per month", "/month"),
           "DAY": ("/日", " per day", "/day"), "TOTAL": ("", "", ""),
           "UNKNOWN": ("（未说明周期）", " (period not stated)", "")}
QUALIFIERS = {"more-than": ("超过", "more than "), "at-least": ("至少", "at least "),
              "about": ("约", "about "), "up-to": ("最多", "up to "), "exact": ("", "")}


def number_zh(number: Decimal) -> str:
    """Chinese grouping by 万 and 亿, as the articles write figures.

    >>> number_zh(Decimal("100000")), number_zh(Decimal("250000000")), number_zh(Decimal("12.50"))
    ('10万', '2.5亿', '12.5')
    """
    for size, mark in ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")):
        if abs(number) >= size:
            return f"{(number / size).normalize():f}{mark}"
    return f"{number.normalize():f}"


def number_en(number: Decimal) -> str:
    """Thousands separated by commas.

    >>> number_en(Decimal("100000")), number_en(Decimal("2.5"))
    ('100,000', '2.5')
    """
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number:,f}"


def quantity_words(number: Decimal, unit: str | None, period: str | None, qualifier: str) -> dict[str, str]:
    """A quantity as prose, by language; no `unit` for a plain count, no `period` for a stock."""
    words = {}
    for i, lang in enumerate(LANGUAGES):
        unit_name = (UNITS.get(unit, (None, None, None))[i] or unit) if unit else ""
        period_name = PERIODS.get(period, (f"/{period}", f" per {period}", None))[i] if period else ""
        qualified = QUALIFIERS.get(qualifier, (qualifier + " ", qualifier + " "))[i]
        if lang == "zh":
            words[lang] = f"{qualified}{number_zh(number)}{unit_name}{period_name}"
        else:
            words[lang] = f"{qualified}{number_en(number)} {unit_name}{period_name}".strip()
    return words


def status_words(vocab: Vocabulary) -> dict[str, dict[str, str]]:
    """Each status's words by notation and language: the ontology's labels of its cg:Status individuals.

    >>> from chaingraph.core.project import find_project
    >>> from chaingraph.facts.vocabulary import load_vocabulary
    >>> status_words(load_vocabulary(find_project().ontology))["planned-or-under-construction"]
    {'zh': '在建或规划', 'en': 'under construction or planned'}
    """
    return {notation: {lang: vocab.label(status, lang) for lang in LANGUAGES}
            for notation, status in sorted(vocab.individuals.items())
            if (status, RDF.type, CG.Status) in vocab.graph}


def capacity_text(value, unit: str, per_period: str, status: str, statuses: dict[str, dict[str, str]],
                  lang: str = "en") -> str:
    """A capacity as a compact figure; `statuses` is `status_words` (an unknown status shows its code).

    >>> statuses = {"completed": {"zh": "已建成", "en": "completed"}}
    >>> capacity_text(100000, "TNE", "ANN", "completed", statuses)
    '100,000 t/yr (completed)'
    >>> capacity_text(5.0, "GWH", "", "completed", statuses, "zh")
    '5 GWh（已建成）'
    """
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    symbol = (UNITS.get(unit, (None, None, None))[2] or unit) + (PERIODS.get(per_period, (None, None, ""))[2] or "")
    word = statuses.get(status, {}).get(lang, status)
    return f"{number} {symbol}（{word}）" if lang == "zh" else f"{number} {symbol} ({word})"
