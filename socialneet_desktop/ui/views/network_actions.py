"""What the cooperation map's buttons write and read (issue 22): the funder PDF, the workbook
and GEXF of the network shown (its filters applied), the printable questionnaire and its
spreadsheet template (made for the organisation chosen on the map or in the table, else
blank), and the import of a filled-in template (all or nothing, each problem named)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.questionnaire import QuestionnaireError, read_answer
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.document_data import letterhead
from socialneet_desktop.services.network import questionnaire as q
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.save_paths import ask_save_path, file_name, save_folder

PDF = (("PDF (*.pdf)", ".pdf"),)
XLSX = (("Excel (*.xlsx)", ".xlsx"),)
GEXF = (("GEXF – Gephi (*.gexf)", ".gexf"),)


class Actions:
    def __init__(self, window) -> None:
        self.window = window

    def _path(self, title: str, stem: str, filters):
        suggested = file_name(stem, filters[0][1])
        return ask_save_path(self.window, title, suggested, filters, database=self.window.database)

    def funder_pdf(self) -> None:
        from socialneet_desktop.printing.network_report import write_network_pdf

        path = self._path(
            translate("CooperationMap", "Print for funders"),
            translate("CooperationMap", "Cooperation map"),
            PDF,
        )
        if path is not None and self.window.shown is not None:
            write_network_pdf(path, self.window.shown, self.window.positions)
            self.window.written(path)

    def workbook(self) -> None:
        from socialneet_desktop.exports.network_workbook import write_network_workbook

        path = self._path(
            translate("CooperationMap", "Export the indicators"),
            translate("CooperationMap", "Cooperation indicators"),
            XLSX,
        )
        if path is not None and self.window.shown is not None:
            write_network_workbook(path, self.window.shown, self.window.now())
            self.window.written(path)

    def gexf(self) -> None:
        from socialneet_desktop.exports.network_gexf import write_gexf

        path = self._path(
            translate("CooperationMap", "Export for Gephi"),
            translate("CooperationMap", "Cooperation network"),
            GEXF,
        )
        if path is not None and self.window.shown is not None:
            write_gexf(path, self.window.shown, self.window.positions)
            self.window.written(path)

    def _listed(self):
        with self.window.database.read_session() as session:
            listed = q.listed_organizations(session)
            head = letterhead(session)
        chosen = self.window.selected_id()
        respondent = next((o for o in listed if o.id == chosen), None)
        return listed, respondent, head

    def questionnaire_pdf(self) -> None:
        from socialneet_desktop.printing.network_questionnaire import write_questionnaire_pdf

        listed, respondent, head = self._listed()
        stem = (
            respondent.name
            if respondent
            else translate("CooperationMap", "Cooperation questionnaire")
        )
        path = self._path(translate("CooperationMap", "Print the questionnaire"), stem, PDF)
        if path is not None:
            write_questionnaire_pdf(path, head, listed, respondent)
            self.window.written(path)

    def template(self) -> None:
        from socialneet_desktop.exports.network_questionnaire import write_template

        listed, respondent, _head = self._listed()
        stem = (
            respondent.name
            if respondent
            else translate("CooperationMap", "Cooperation questionnaire")
        )
        path = self._path(translate("CooperationMap", "Questionnaire template"), stem, XLSX)
        if path is not None:
            write_template(path, listed, respondent)
            self.window.written(path)

    def import_answers(self) -> None:
        title = translate("CooperationMap", "Import a questionnaire")
        chosen = file_dialogs.open_file_name(
            self.window, title, str(save_folder()), "Excel (*.xlsx)"
        )
        if not chosen:
            return
        with self.window.database.read_session() as session:
            listed = q.listed_organizations(session)
        try:
            answer = read_answer(chosen, listed)
        except QuestionnaireError as refused:
            shown = "\n".join(refused.problems[:15])
            more = len(refused.problems) - 15
            if more > 0:
                shown += "\n" + fill(translate("CooperationMap", "… and %1 more."), more)
            QMessageBox.warning(
                self.window,
                title,
                fill(translate("CooperationMap", "Nothing was imported:\n%1"), shown),
            )
            return
        names = {o.id: o.name for o in listed}
        question = fill(
            translate("CooperationMap", "The answer of %1 names %2 organisations. Save it?"),
            names.get(answer.organization_id, ""),
            len(answer.named),
        )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if QMessageBox.question(self.window, title, question, buttons) != buttons.Yes:
            return
        with self.window.database.session() as session:
            q.save_answer(session, answer, user=current_user_name())
        self.window.reload()
