"""tools/translations.py fill: a message with plural forms takes its singular and plural from
the TSV's third and fourth columns, and `mismatches` finds a translation that lost a
placeholder or its accelerator."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tools import translations

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln record(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>"%1" is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def _catalogue(tmp_path, rows: list[str]):
    ts_file = tmp_path / "demo_it.ts"
    ts_file.write_text(CATALOGUE, encoding="utf-8")
    tsv = tmp_path / "demo.tsv"
    tsv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return ts_file, translations.fill(tsv, ts_file)


def test_a_plural_message_gets_both_italian_forms(tmp_path, qapp):
    if shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not on PATH: the catalogue cannot be compiled here")
    ts_file, filled = _catalogue(
        tmp_path,
        [
            "Counts\t%Ln record(s) shown\t%Ln scheda mostrata\t%Ln schede mostrate",
            'Demo\t"%1" is not a date\t"%1" non è una data',
            "Demo\t&Print…\tS&tampa…",
        ],
    )
    assert filled == 3
    assert translations.unfinished(ts_file) == []
    qm_file = tmp_path / "demo_it.qm"
    translations.release(ts_file, qm_file)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    try:
        shown = [
            QCoreApplication.translate("Counts", "%Ln record(s) shown", None, n) for n in (1, 3)
        ]
        quoted = QCoreApplication.translate("Demo", '"%1" is not a date')
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert shown == ["1 scheda mostrata", "3 schede mostrate"]
    assert quoted == '"%1" non è una data'  # a cell starting with a quote is read as written
    assert translations.mismatches(ts_file) == []


def test_a_lost_placeholder_or_accelerator_is_listed(tmp_path):
    ts_file, _ = _catalogue(
        tmp_path,
        [
            "Counts\t%Ln record(s) shown\tschede mostrate\t%Ln schede mostrate",
            'Demo\t"%1" is not a date\tnon è una data',
            "Demo\t&Print…\tStampa…",
        ],
    )
    found = translations.mismatches(ts_file)
    assert [line.split("\t")[2] for line in found] == [
        "'schede mostrate'",
        "'non è una data'",
        "'Stampa…'",
    ]
