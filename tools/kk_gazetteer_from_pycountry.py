"""Refresh the pycountry rows of models/kk/gazetteer.tsv (Kazakh country names from iso3166-1 kk).

Hand-written rows (any other source) are kept as they are. Run: python tools/kk_gazetteer_from_pycountry.py
"""
from __future__ import annotations

import csv
import gettext
from importlib.metadata import version

import pycountry

from pipeline.paths import MODELS_DIR

GAZETTEER = MODELS_DIR / "kk" / "gazetteer.tsv"
SOURCE = f"pycountry {version('pycountry')} iso3166-1 kk"


def kazakh_country_names() -> list[str]:
    kazakh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["kk"])
    names = {kazakh.gettext(country.name) for country in pycountry.countries}
    # Parenthesised or comma-qualified entries ("Сянган (Гонконг)", "Боливия, көпұлттық мемлекеті") are
    # catalogue labels, not names as news text writes them.
    return sorted(name for name in names if not any(mark in name for mark in "(),") and "-ң " not in name)


def main() -> None:
    with GAZETTEER.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if not row["source"].startswith("pycountry")]
    rows += [{"name": name, "label": "LOC", "source": SOURCE} for name in kazakh_country_names()]
    with GAZETTEER.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["name", "label", "source"], delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
