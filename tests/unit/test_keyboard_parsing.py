"""What the keyboard-first fields read: times and dates as typed, and the Alt-letter matching."""

from __future__ import annotations

from datetime import date, time

import pytest

from socialneet_desktop.domain import validation as val
from socialneet_desktop.ui.editors.mnemonics import Caption, letters_for, mnemonic, settle


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10", time(10, 0)),
        ("1000", time(10, 0)),
        ("10:00", time(10, 0)),
        ("10.00", time(10, 0)),
        ("9", time(9, 0)),
        ("930", time(9, 30)),
        ("9.30", time(9, 30)),
        ("09:30", time(9, 30)),
        (" 0 ", time(0, 0)),
        ("23:59", time(23, 59)),
        ("", None),
    ],
)
def test_times_are_read_as_typed(typed, expected):
    assert val.parse_time_text(typed) == expected
    assert val.check_time_text(typed, field="start_time") is None


@pytest.mark.parametrize("typed", ["25:00", "1075", "24.00", "10:7", "12345", "ab", "9:", ":30"])
def test_impossible_times_are_named_with_the_field(typed):
    with pytest.raises(ValueError):
        val.parse_time_text(typed)
    problem = val.check_time_text(typed, field="end_time", label="End time")
    assert problem.field == "end_time"
    assert problem.render().startswith(f"End time: {typed} is not a time of day")


def test_times_are_written_in_full():
    assert val.format_time(time(9, 5)) == "09:05"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("31/02/2020", "31/02/2020"), ("31022020", "31/02/2020"), ("2023-02-29", "29/02/2023")],
)
def test_a_day_that_does_not_exist_is_named(typed, shown):
    problem = val.check_date_text(typed, field="birth_date")
    assert problem.render() == f"{shown} does not exist: check the day and the month."


@pytest.mark.parametrize("typed", ["abc", "3/4/202", "31-02/2020", "2020/02/31"])
def test_a_text_that_is_no_date_is_told_the_form(typed):
    problem = val.check_date_text(typed, field="birth_date")
    assert problem.render() == "Not a valid date: write it as dd/mm/yyyy."


def test_keypad_dates_are_read():
    assert val.parse_date_text("14032009") == date(2009, 3, 14)
    assert val.parse_date_text(" ") is None
    assert val.keypad_date_text("14032009") == "14/03/2009"
    assert val.check_date_text("14032009") is None


def test_date_and_time_fields_let_only_their_characters_in():
    assert val.DATE_CHARACTERS.match("14/03.2009-") and not val.DATE_CHARACTERS.match("1a")
    assert val.TIME_CHARACTERS.match("09:30") and not val.TIME_CHARACTERS.match("9h30")


def captions_of(*texts: str) -> list[Caption]:
    """Captions that write their new text into themselves, as a label's setText would."""
    found = [Caption(text, lambda _new: None) for text in texts]
    for caption in found:
        caption.write = lambda new, caption=caption: setattr(caption, "text", new)
    return found


def test_free_letters_stay_and_clashing_ones_move_to_a_word_of_their_own():
    captions = captions_of("&Dettagli", "&Esito:", "&Data:")
    settle(captions, set())
    texts = [caption.text for caption in captions]
    assert texts[:2] == ["&Dettagli", "&Esito:"] and texts[2] == "D&ata:"
    assert len({mnemonic(text) for text in texts}) == 3


def test_a_short_text_with_no_free_letter_takes_one_from_a_longer_text():
    captions = captions_of("&Numero di partecipanti:", "&Note:")
    settle(captions, {"o", "t", "e"})
    letters = [mnemonic(caption.text) for caption in captions]
    assert letters[1] == "n" and letters[0] not in {"n", "o", "t", "e"}


def test_letters_already_shown_elsewhere_are_not_taken_and_ampersands_stay():
    captions = captions_of("R&&D &Costi", "&Storico")
    used = settle(captions, {"c", "s"})
    assert [caption.text for caption in captions] == ["&R&&D Costi", "S&torico"]
    assert used == {"c", "s", "r", "t"}


def test_the_letters_a_text_may_take_start_with_its_own_then_the_initials():
    assert letters_for("Data del seg&uito:")[:3] == ["u", "d", "s"]
