# Generated from forms/outcome_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QPlainTextEdit, QSizePolicy, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import (OptionalDateEdit, TimeEdit)

class Ui_OutcomeEditor(object):
    def setupUi(self, OutcomeEditor):
        if not OutcomeEditor.objectName():
            OutcomeEditor.setObjectName(u"OutcomeEditor")
        OutcomeEditor.setMinimumSize(QSize(560, 420))
        self.main_layout = QVBoxLayout(OutcomeEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(OutcomeEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_tab_layout = QVBoxLayout(self.details_tab)
        self.details_tab_layout.setObjectName(u"details_tab_layout")
        self.details_tab_form = QFormLayout()
        self.details_tab_form.setObjectName(u"details_tab_form")
        self.details_tab_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_id_label = QLabel(self.details_tab)
        self.contact_id_label.setObjectName(u"contact_id_label")

        self.details_tab_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_id_label)

        self.contact_id = QComboBox(self.details_tab)
        self.contact_id.setObjectName(u"contact_id")

        self.details_tab_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_id)

        self.stage_label = QLabel(self.details_tab)
        self.stage_label.setObjectName(u"stage_label")

        self.details_tab_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stage_label)

        self.stage = QComboBox(self.details_tab)
        self.stage.setObjectName(u"stage")

        self.details_tab_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stage)

        self.outcome_date_label = QLabel(self.details_tab)
        self.outcome_date_label.setObjectName(u"outcome_date_label")

        self.details_tab_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcome_date_label)

        self.outcome_date = OptionalDateEdit(self.details_tab)
        self.outcome_date.setObjectName(u"outcome_date")

        self.details_tab_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome_date)

        self.status_label = QLabel(self.details_tab)
        self.status_label.setObjectName(u"status_label")

        self.details_tab_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.details_tab)
        self.status.setObjectName(u"status")

        self.details_tab_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.organization_id_label = QLabel(self.details_tab)
        self.organization_id_label.setObjectName(u"organization_id_label")

        self.details_tab_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organization_id_label)

        self.organization_id = QComboBox(self.details_tab)
        self.organization_id.setObjectName(u"organization_id")

        self.details_tab_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organization_id)

        self.employer_kind_label = QLabel(self.details_tab)
        self.employer_kind_label.setObjectName(u"employer_kind_label")

        self.details_tab_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.employer_kind_label)

        self.employer_kind = QComboBox(self.details_tab)
        self.employer_kind.setObjectName(u"employer_kind")

        self.details_tab_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.employer_kind)

        self.learned_how_label = QLabel(self.details_tab)
        self.learned_how_label.setObjectName(u"learned_how_label")

        self.details_tab_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.learned_how_label)

        self.learned_how = QComboBox(self.details_tab)
        self.learned_how.setObjectName(u"learned_how")

        self.details_tab_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.learned_how)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_tab_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.details_tab_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)


        self.details_tab_layout.addLayout(self.details_tab_form)

        self.tabs.addTab(self.details_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.history_view = QTreeWidget(self.history_tab)
        self.history_view.setObjectName(u"history_view")
        self.history_view.setRootIsDecorated(False)
        self.history_view.setAlternatingRowColors(True)

        self.history_layout.addWidget(self.history_view)

        self.tabs.addTab(self.history_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(OutcomeEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_id_label.setBuddy(self.contact_id)
        self.stage_label.setBuddy(self.stage)
        self.outcome_date_label.setBuddy(self.outcome_date)
        self.status_label.setBuddy(self.status)
        self.organization_id_label.setBuddy(self.organization_id)
        self.employer_kind_label.setBuddy(self.employer_kind)
        self.learned_how_label.setBuddy(self.learned_how)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.contact_id)
        QWidget.setTabOrder(self.contact_id, self.stage)
        QWidget.setTabOrder(self.stage, self.outcome_date)
        QWidget.setTabOrder(self.outcome_date, self.status)
        QWidget.setTabOrder(self.status, self.organization_id)
        QWidget.setTabOrder(self.organization_id, self.employer_kind)
        QWidget.setTabOrder(self.employer_kind, self.learned_how)
        QWidget.setTabOrder(self.learned_how, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(OutcomeEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OutcomeEditor)
    # setupUi

    def retranslateUi(self, OutcomeEditor):
        OutcomeEditor.setWindowTitle(QCoreApplication.translate("OutcomeEditor", u"Outcome", None))
        self.contact_id_label.setText(QCoreApplication.translate("OutcomeEditor", u"&Person:", None))
        self.stage_label.setText(QCoreApplication.translate("OutcomeEditor", u"&Stage:", None))
        self.outcome_date_label.setText(QCoreApplication.translate("OutcomeEditor", u"&Date:", None))
        self.status_label.setText(QCoreApplication.translate("OutcomeEditor", u"S&tatus:", None))
        self.organization_id_label.setText(QCoreApplication.translate("OutcomeEditor", u"&Employer or school:", None))
        self.employer_kind_label.setText(QCoreApplication.translate("OutcomeEditor", u"Employer &kind:", None))
        self.learned_how_label.setText(QCoreApplication.translate("OutcomeEditor", u"&Learned how:", None))
        self.notes_label.setText(QCoreApplication.translate("OutcomeEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("OutcomeEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("OutcomeEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OutcomeEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OutcomeEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OutcomeEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("OutcomeEditor", u"&History", None))
    # retranslateUi

