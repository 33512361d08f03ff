"""The hand-kept files of the import tests, made with openpyxl as an office keeps them:
a merged title in row 1, "Aggiornato al …" in row 2, a blank row, the header in row 4;
dates typed as text, a repeated row, a formula, values in the office's own words.

    python tests/data/imports/make_files.py   # writes the files next to this script
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

MET_HEADER = [
    "Ente",
    "Tipo ente",
    "Comune",
    "Cognome referente",
    "Nome referente",
    "Ruolo",
    "Email referente",
    "Data incontro",
    "Tipo incontro",
    "Argomento",
    "Note incontro",
]
MET_ROWS = [
    [
        "Cooperativa Il Ponte",
        "Coop. sociale tipo B",
        "Terni",
        "Rossi",
        "Maria",
        "Presidente",
        "maria.rossi@ilponte.example",
        "03/02/2025",
        "Incontro bilaterale",
        "Tirocini",
        "Disponibili 2 posti",
    ],
    [
        "Comune di Narni",
        "Ente Pubblico",
        "Narni",
        "Bianchi",
        "Luca",
        "Assessore",
        "l.bianchi@comune.example",
        date(2025, 2, 10),
        "Incontro bilaterale",
        "Protocollo",
        "Da richiamare",
    ],
    [
        "Confartigianato Terni",
        "Associazione di categoria",
        "Terni",
        "Verdi",
        "Anna",
        "Referente formazione",
        "",
        "12/02/2025",
        "Focus group",
        "Fabbisogni delle imprese",
        "Focus con due associazioni",
    ],
    [
        "Comune di Narni",
        "Ente Pubblico",
        "Narni",
        "Neri",
        "Paolo",
        "Dirigente",
        "",
        "12/02/2025",
        "Focus group",
        "Fabbisogni delle imprese",
        "Focus con due associazioni",
    ],
    [
        "Cooperativa Il Ponte",
        "Coop. sociale tipo B",
        "Terni",
        "Rossi",
        "Maria",
        "Presidente",
        "maria.rossi@ilponte.example",
        "20/02/2025",
        "Incontro bilaterale",
        "Verifica tirocini",
        "Seconda visita",
    ],
]


def stakeholders_met(path: Path) -> Path:
    """The "stakeholders met" sheet: one row per person met, with their organisation and
    the meeting; rows 3 and 4 are one focus group with two organisations; the fifth row
    meets again the organisation and person of the first."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Incontri"
    sheet["A1"] = "Progetto NEET Terni - stakeholder incontrati"
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "Aggiornato al 28/02/2025"
    sheet.append([])  # row 3 blank
    sheet.append(MET_HEADER)
    for row in MET_ROWS:
        sheet.append(row)
    sheet.append([])
    sheet["A11"] = "Totale incontri"
    sheet["H11"] = "=COUNTA(H5:H9)"  # a formula under the table, as offices add
    workbook.save(path)
    return path


def hand_kept_organisations(path: Path) -> Path:
    """Organisations kept by hand: a merged title, a blank row, the header in row 3, text
    dates, a repeated row, values in the office's words, a total row with a formula."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "ELENCO ENTI DELLA RETE"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["Nome organizzazione", "Tipologia", "Città", "Email organizzazione",
                  "Sitoweb", "Data adesione"])  # fmt: skip
    sheet.append(["Associazione Libera Mente", "APS", "Terni", "info@liberamente.example",
                  "www.liberamente.example", "15/01/2024"])  # fmt: skip
    sheet.append(["Fondazione Carit", "Fondazione", "Terni", "", "", "01/03/2024"])
    sheet.append(["Associazione Libera Mente", "APS", "Terni", "info@liberamente.example",
                  "www.liberamente.example", "15/01/2024"])  # fmt: skip
    sheet.append(["Coop. Alba", "Coop. sociale tipo B", "Amelia", "", "", "2024-04-02"])
    sheet.append(["Totale enti", "=COUNTA(A4:A7)"])  # a formula under the table
    workbook.save(path)
    return path


def public_register(path: Path, columns: int = 110) -> Path:
    """A register of third-sector bodies as published: 110 columns, repeated titles
    ("Note", "Indirizzo"), multi-line quoted values, `;` separator."""
    header = ["Codice fiscale", "Denominazione", "Forma giuridica", "Comune", "Provincia"]
    header += ["Indirizzo", "Note", "Note", "Indirizzo"]
    header += [f"Campo {number}" for number in range(len(header) + 1, columns + 1)]
    rows = [
        [
            "80012345676",
            "ASSOCIAZIONE AMICI DEL CUORE",
            "Organizzazione di volontariato",
            "TERNI",
            "TR",
            "Via Roma 1\nScala B",
            "prima riga\nseconda riga",
            "",
            "",
        ],
        [
            "90012345675",
            "CENTRO SOCIALE ANZIANI",
            "Associazione di promozione sociale",
            "NARNI",
            "TR",
            "Piazza Garibaldi 3",
            "",
            'ha detto "sì"',
            "",
        ],
    ]
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row + [""] * (columns - len(row)))
    return path


if __name__ == "__main__":
    stakeholders_met(HERE / "stakeholders_met.xlsx")
    hand_kept_organisations(HERE / "hand_kept_organisations.xlsx")
    public_register(HERE / "public_register.csv")
