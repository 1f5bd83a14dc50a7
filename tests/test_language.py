"""The English check that guards the English-only default model (sentences written for this test)."""
from __future__ import annotations

import pytest

from claimdiff.cli import main
from index.errors import InputError
from index.language import check_english, english_share, looks_english

ENGLISH = ("The harbour authority said on Monday that the ferry terminal will close for repairs in June, "
           "and that passengers should use the bus link until the work is done.")
SPANISH = ("La autoridad portuaria dijo el lunes que la terminal de ferris cerrará por reparaciones en junio "
           "y que los pasajeros deberán usar el autobús hasta que terminen las obras.")
GERMAN = ("Die Hafenbehörde teilte am Montag mit, dass das Fährterminal im Juni wegen Reparaturen schließt "
          "und Fahrgäste bis zum Ende der Arbeiten den Bus nehmen sollen.")
GREEK = "Η λιμενική αρχή ανακοίνωσε τη Δευτέρα ότι ο σταθμός των πορθμείων θα κλείσει για επισκευές τον Ιούνιο."


@pytest.mark.parametrize("text,expected", [(ENGLISH, True), (SPANISH, False), (GERMAN, False), (GREEK, False),
                                           ("Ferry closes.", None), ("", None)])
def test_looks_english(text, expected):
    assert looks_english(text) is expected


def test_share_counts_function_words():
    share, n = english_share("The ferry and the bus are late.")
    assert n == 7 and share == pytest.approx(4 / 7)


def test_check_names_the_text_and_the_fix_only_for_english_only_models():
    with pytest.raises(InputError, match=r"^es\.txt: does not look like English .* --model"):
        check_english({"en.txt": ENGLISH, "es.txt": SPANISH}, "all-MiniLM-L6-v2")
    check_english({"es.txt": SPANISH}, "paraphrase-multilingual-MiniLM-L12-v2")  # trusted with Spanish
    check_english({"en.txt": ENGLISH}, "all-MiniLM-L6-v2")


def test_cli_compare_refuses_an_article_in_another_language(tmp_path, capsys):
    en, es = tmp_path / "en.txt", tmp_path / "es.txt"
    en.write_text(ENGLISH + " " + ENGLISH.replace("June", "July"), encoding="utf-8")
    es.write_text(SPANISH + " " + SPANISH.replace("junio", "julio"), encoding="utf-8")
    assert main(["compare", str(en), str(es)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "es.txt" in err and "does not look like English" in err


def test_cli_search_refuses_a_query_in_another_language(corpora_db, capsys):
    assert main(["search", SPANISH, "--db", str(corpora_db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "query: does not look like English" in err
