# Generated from forms/mentoring_meeting_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentoring_meeting_editor.ui'
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

class Ui_MentoringMeetingEditor(object):
    def setupUi(self, MentoringMeetingEditor):
        if not MentoringMeetingEditor.objectName():
            MentoringMeetingEditor.setObjectName(u"MentoringMeetingEditor")
        MentoringMeetingEditor.setMinimumSize(QSize(640, 480))
        self.main_layout = QVBoxLayout(MentoringMeetingEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(MentoringMeetingEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_id_label = QLabel(self.details_tab)
        self.contact_id_label.setObjectName(u"contact_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_id_label)

        self.contact_id = QComboBox(self.details_tab)
        self.contact_id.setObjectName(u"contact_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_id)

        self.mentor_id_label = QLabel(self.details_tab)
        self.mentor_id_label.setObjectName(u"mentor_id_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentor_id_label)

        self.mentor_id = QComboBox(self.details_tab)
        self.mentor_id.setObjectName(u"mentor_id")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentor_id)

        self.meeting_date_label = QLabel(self.details_tab)
        self.meeting_date_label.setObjectName(u"meeting_date_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meeting_date_label)

        self.meeting_date = OptionalDateEdit(self.details_tab)
        self.meeting_date.setObjectName(u"meeting_date")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meeting_date)

        self.start_time_label = QLabel(self.details_tab)
        self.start_time_label.setObjectName(u"start_time_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_time_label)

        self.start_time = TimeEdit(self.details_tab)
        self.start_time.setObjectName(u"start_time")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_time)

        self.end_time_label = QLabel(self.details_tab)
        self.end_time_label.setObjectName(u"end_time_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_time_label)

        self.end_time = TimeEdit(self.details_tab)
        self.end_time.setObjectName(u"end_time")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_time)

        self.summary_label = QLabel(self.details_tab)
        self.summary_label.setObjectName(u"summary_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QPlainTextEdit(self.details_tab)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summary)

        self.outcome_label = QLabel(self.details_tab)
        self.outcome_label.setObjectName(u"outcome_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(self.details_tab)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.next_appointment_label = QLabel(self.details_tab)
        self.next_appointment_label.setObjectName(u"next_appointment_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.next_appointment_label)

        self.next_appointment = OptionalDateEdit(self.details_tab)
        self.next_appointment.setObjectName(u"next_appointment")

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.next_appointment)

        self.next_appointment_time_label = QLabel(self.details_tab)
        self.next_appointment_time_label.setObjectName(u"next_appointment_time_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.next_appointment_time_label)

        self.next_appointment_time = TimeEdit(self.details_tab)
        self.next_appointment_time.setObjectName(u"next_appointment_time")

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.next_appointment_time)

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

        self.buttons = QDialogButtonBox(MentoringMeetingEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_id_label.setBuddy(self.contact_id)
        self.mentor_id_label.setBuddy(self.mentor_id)
        self.meeting_date_label.setBuddy(self.meeting_date)
        self.start_time_label.setBuddy(self.start_time)
        self.end_time_label.setBuddy(self.end_time)
        self.summary_label.setBuddy(self.summary)
        self.outcome_label.setBuddy(self.outcome)
        self.next_appointment_label.setBuddy(self.next_appointment)
        self.next_appointment_time_label.setBuddy(self.next_appointment_time)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.contact_id)
        QWidget.setTabOrder(self.contact_id, self.mentor_id)
        QWidget.setTabOrder(self.mentor_id, self.meeting_date)
        QWidget.setTabOrder(self.meeting_date, self.start_time)
        QWidget.setTabOrder(self.start_time, self.end_time)
        QWidget.setTabOrder(self.end_time, self.summary)
        QWidget.setTabOrder(self.summary, self.outcome)
        QWidget.setTabOrder(self.outcome, self.next_appointment)
        QWidget.setTabOrder(self.next_appointment, self.next_appointment_time)
        QWidget.setTabOrder(self.next_appointment_time, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(MentoringMeetingEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MentoringMeetingEditor)
    # setupUi

    def retranslateUi(self, MentoringMeetingEditor):
        MentoringMeetingEditor.setWindowTitle(QCoreApplication.translate("MentoringMeetingEditor", u"Mentoring meeting", None))
        self.contact_id_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"&Person:", None))
        self.mentor_id_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"&Mentor:", None))
        self.meeting_date_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"&Date:", None))
        self.start_time_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"&Start time:", None))
        self.end_time_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"&End time:", None))
        self.summary_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"Summar&y:", None))
        self.outcome_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"O&utcome:", None))
        self.next_appointment_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"&Next appointment:", None))
        self.next_appointment_time_label.setText(QCoreApplication.translate("MentoringMeetingEditor", u"Next appointment t&ime:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("MentoringMeetingEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MentoringMeetingEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MentoringMeetingEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MentoringMeetingEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MentoringMeetingEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("MentoringMeetingEditor", u"&History", None))
    # retranslateUi

