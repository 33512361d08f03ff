"""The weights of the matching score (services.matching.weights), kept in the database's
settings: a number of points 0-100 per part; the score is the parts' points over their sum.
Opened from the matrix view (Weights…); every report prints the weights in force."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.matching import weights
from socialneet_desktop.ui.style import ERROR_COLOUR


class WeightsDialog(QDialog):
    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Weights of the matching score"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Points of each part of the score, 0 to 100 (0 leaves the part out). The score "
                "is the parts' points over their sum, times 100."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        with database.read_session() as session:
            in_force = weights.load(session)
        self.spins: dict[str, QSpinBox] = {}
        for key, (_points, name) in weights.PARTS.items():
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(0, weights.MAX_POINTS)
            spin.setValue(in_force[key])
            caption = QLabel(fill("%1:", translate("Matching", name)), self)
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            self.spins[key] = spin
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        chosen = {key: spin.value() for key, spin in self.spins.items()}
        with self.database.session() as session:
            found = weights.save(session, chosen, current_user_name())
        if found:
            problem = found[0]
            self.problem.setText(fill(translate("Matching", problem.message), *problem.args))
            return
        super().accept()
