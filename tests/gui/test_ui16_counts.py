"""Issue 16: "1 schede". A count agrees with its number through Qt's plural forms: the
messages are collected by lupdate as numerus messages, and a catalogue's forms are used."""

from __future__ import annotations

import shutil
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from socialneet_desktop.db import models
from socialneet_desktop.i18n import Counts, install_translators
from socialneet_desktop.paths import resource
from tests.gui.test_ui16_lists import window_on
from tools import translations

SHOWN_COUNTS = {  # where the window shows a count of records
    "%Ln record(s)",
    "%Ln record(s) shown",
    "%Ln record(s) in all",
    "&Only the %Ln record(s) chosen",
    "The &whole list (%Ln)",
    "&Delete %Ln record(s)…",
    "E&xport %Ln record(s) to Excel…",
    "Move %Ln record(s) to the recycle bin? They can be restored from there.",
    "Exporting %Ln record(s)…",
    "%n filter(s) by selection",
}

NUMERUS_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context><name>Counts</name>
<message numerus="yes"><source>%Ln record(s)</source>
<translation><numerusform>%Ln scheda</numerusform><numerusform>%Ln schede</numerusform>
</translation></message>
</context>
</TS>
"""


def collected(tmp_path) -> ElementTree.Element:
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not on PATH: the strings cannot be collected here")
    catalogue = tmp_path / "collected.ts"
    translations.update(catalogue)
    return ElementTree.parse(catalogue).getroot()


def test_every_count_is_collected_with_plural_forms(tmp_path):
    root = collected(tmp_path)
    numerus = {
        message.findtext("source")
        for context in root.iter("context")
        if context.findtext("name") == "Counts"
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }
    assert numerus >= SHOWN_COUNTS
    singular_only = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if "%n" in message.findtext("source").replace("%Ln", "%n")
        and message.get("numerus") != "yes"
    ]
    assert singular_only == []  # a %n written in translate(): Qt never sees its number


def test_the_catalogues_plural_forms_are_used(tmp_path):
    source = tmp_path / "counts_it.ts"
    source.write_text(NUMERUS_TS, encoding="utf-8")
    translations.release(source, tmp_path / "counts_it.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "counts_it.qm"))
    app = QApplication.instance()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    try:
        found = [Counts.tr("%Ln record(s)", None, n) for n in (0, 1, 2, 12345)]
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert found == ["0 schede", "1 scheda", "2 schede", "12.345 schede"]
    assert [Counts.tr("%Ln record(s)", None, n) for n in (1, 2)] == ["1 record", "2 records"]


def _italian_counts_translated() -> bool:
    translator = QTranslator()
    translator.load(str(resource("translations", "socialneet_it.qm")))
    return bool(translator.translate("Counts", "%Ln record(s)", None, 1))


def test_the_window_says_1_scheda_in_italian(qtbot, database):
    if not _italian_counts_translated():
        pytest.skip("the Italian catalogue has no plural forms for Counts yet (coordinator)")
    with database.session() as session:
        session.add(models.Staff(first_name="Anna", last_name="Bianchi"))
    install_translators(QApplication.instance(), "it")
    try:
        window, page = window_on(qtbot, database, "staff")
        qtbot.waitUntil(lambda: page.count_label.text() == "1 scheda")
        qtbot.waitUntil(lambda: window.counts_label.text().endswith(": 1 scheda"))
    finally:
        install_translators(QApplication.instance(), "en")
