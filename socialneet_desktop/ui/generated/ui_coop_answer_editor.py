# Generated from forms/coop_answer_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coop_answer_editor.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_CoopAnswerEditor(object):
    def setupUi(self, CoopAnswerEditor):
        if not CoopAnswerEditor.objectName():
            CoopAnswerEditor.setObjectName(u"CoopAnswerEditor")
        CoopAnswerEditor.setMinimumSize(QSize(780, 520))
        self.main_layout = QVBoxLayout(CoopAnswerEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(CoopAnswerEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organization_id_label = QLabel(self.details_tab)
        self.organization_id_label.setObjectName(u"organization_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organization_id_label)

        self.organization_id = QComboBox(self.details_tab)
        self.organization_id.setObjectName(u"organization_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organization_id)

        self.answered_on_label = QLabel(self.details_tab)
        self.answered_on_label.setObjectName(u"answered_on_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.answered_on_label)

        self.answered_on = OptionalDateEdit(self.details_tab)
        self.answered_on.setObjectName(u"answered_on")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.answered_on)

        self.respondent_person_id_label = QLabel(self.details_tab)
        self.respondent_person_id_label.setObjectName(u"respondent_person_id_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.respondent_person_id_label)

        self.respondent_person_id = QComboBox(self.details_tab)
        self.respondent_person_id.setObjectName(u"respondent_person_id")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.respondent_person_id)

        self.respondent_role_label = QLabel(self.details_tab)
        self.respondent_role_label.setObjectName(u"respondent_role_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.respondent_role_label)

        self.respondent_role = QLineEdit(self.details_tab)
        self.respondent_role.setObjectName(u"respondent_role")
        self.respondent_role.setMaxLength(120)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.respondent_role)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)

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

        self.buttons = QDialogButtonBox(CoopAnswerEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organization_id_label.setBuddy(self.organization_id)
        self.answered_on_label.setBuddy(self.answered_on)
        self.respondent_person_id_label.setBuddy(self.respondent_person_id)
        self.respondent_role_label.setBuddy(self.respondent_role)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.organization_id)
        QWidget.setTabOrder(self.organization_id, self.answered_on)
        QWidget.setTabOrder(self.answered_on, self.respondent_person_id)
        QWidget.setTabOrder(self.respondent_person_id, self.respondent_role)
        QWidget.setTabOrder(self.respondent_role, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(CoopAnswerEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CoopAnswerEditor)
    # setupUi

    def retranslateUi(self, CoopAnswerEditor):
        CoopAnswerEditor.setWindowTitle(QCoreApplication.translate("CoopAnswerEditor", u"Cooperation questionnaire", None))
        self.organization_id_label.setText(QCoreApplication.translate("CoopAnswerEditor", u"&Organisation answering:", None))
        self.answered_on_label.setText(QCoreApplication.translate("CoopAnswerEditor", u"&Answered on:", None))
        self.respondent_person_id_label.setText(QCoreApplication.translate("CoopAnswerEditor", u"&Who answered:", None))
        self.respondent_role_label.setText(QCoreApplication.translate("CoopAnswerEditor", u"&Role:", None))
        self.notes_label.setText(QCoreApplication.translate("CoopAnswerEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("CoopAnswerEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CoopAnswerEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CoopAnswerEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CoopAnswerEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CoopAnswerEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("CoopAnswerEditor", u"&History", None))
    # retranslateUi

