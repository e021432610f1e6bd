"""A name found once is looked for again in the document in any case form (pipeline/entities.py
`_propagated_mentions`); a name none of whose matches could be new compiles no pattern."""
from pipeline.entities import _free_occurrence, _longest_literal, _stem_pattern

TEXT = ("Генсек Организации Договора о коллективной безопасности выступил в Минске. "
        "Организация Договора о коллективной безопасности основана в 2002 году.")
NAME = "Организации Договора о коллективной безопасности"


def test_every_case_form_of_a_name_holds_its_longest_literal():
    literal = _longest_literal(NAME)
    assert literal == "коллективн"  # the stem of `коллективной`: a match may end it in any way
    matches = [m.group() for m in _stem_pattern(NAME).finditer(TEXT)]
    assert matches == [NAME, "Организация Договора о коллективной безопасности"]
    assert all(literal in match for match in matches)
    assert _longest_literal("ОДКБ") == "ОДКБ" and _longest_literal("Си Цзиньпин") == "Цзиньп"


def test_a_name_is_looked_for_only_where_its_literal_is_outside_the_names_taken():
    first = TEXT.index(NAME)
    second = TEXT.index("Организация Договора")
    only_first = [(first, first + len(NAME))]
    both = only_first + [(second, second + len("Организация Договора о коллективной безопасности"))]
    assert _free_occurrence(TEXT, _longest_literal(NAME), only_first)
    assert not _free_occurrence(TEXT, _longest_literal(NAME), both)
    assert not _free_occurrence(TEXT, "Казахстан", [])
