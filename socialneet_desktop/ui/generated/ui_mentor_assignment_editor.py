# Generated from forms/mentor_assignment_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentor_assignment_editor.ui'
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

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_MentorAssignmentEditor(object):
    def setupUi(self, MentorAssignmentEditor):
        if not MentorAssignmentEditor.objectName():
            MentorAssignmentEditor.setObjectName(u"MentorAssignmentEditor")
        MentorAssignmentEditor.setMinimumSize(QSize(640, 480))
        self.main_layout = QVBoxLayout(MentorAssignmentEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(MentorAssignmentEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mentor_id_label = QLabel(self.details_tab)
        self.mentor_id_label.setObjectName(u"mentor_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentor_id_label)

        self.mentor_id = QComboBox(self.details_tab)
        self.mentor_id.setObjectName(u"mentor_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentor_id)

        self.contact_id_label = QLabel(self.details_tab)
        self.contact_id_label.setObjectName(u"contact_id_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contact_id_label)

        self.contact_id = QComboBox(self.details_tab)
        self.contact_id.setObjectName(u"contact_id")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_id)

        self.start_date_label = QLabel(self.details_tab)
        self.start_date_label.setObjectName(u"start_date_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = OptionalDateEdit(self.details_tab)
        self.start_date.setObjectName(u"start_date")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(self.details_tab)
        self.end_date_label.setObjectName(u"end_date_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = OptionalDateEdit(self.details_tab)
        self.end_date.setObjectName(u"end_date")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end_date)

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

        self.buttons = QDialogButtonBox(MentorAssignmentEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.mentor_id_label.setBuddy(self.mentor_id)
        self.contact_id_label.setBuddy(self.contact_id)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.mentor_id)
        QWidget.setTabOrder(self.mentor_id, self.contact_id)
        QWidget.setTabOrder(self.contact_id, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(MentorAssignmentEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MentorAssignmentEditor)
    # setupUi

    def retranslateUi(self, MentorAssignmentEditor):
        MentorAssignmentEditor.setWindowTitle(QCoreApplication.translate("MentorAssignmentEditor", u"Mentor assignment", None))
        self.mentor_id_label.setText(QCoreApplication.translate("MentorAssignmentEditor", u"&Mentor:", None))
        self.contact_id_label.setText(QCoreApplication.translate("MentorAssignmentEditor", u"&Person:", None))
        self.start_date_label.setText(QCoreApplication.translate("MentorAssignmentEditor", u"&From:", None))
        self.end_date_label.setText(QCoreApplication.translate("MentorAssignmentEditor", u"&To:", None))
        self.notes_label.setText(QCoreApplication.translate("MentorAssignmentEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("MentorAssignmentEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MentorAssignmentEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MentorAssignmentEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MentorAssignmentEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MentorAssignmentEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("MentorAssignmentEditor", u"&History", None))
    # retranslateUi

