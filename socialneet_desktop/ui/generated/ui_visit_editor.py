# Generated from forms/visit_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QSizePolicy, QTabWidget, QTableWidget,
    QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from socialneet_desktop.ui.editors.widgets import (MunicipalityPicker, OptionalDateEdit, TimeEdit)

class Ui_VisitEditor(object):
    def setupUi(self, VisitEditor):
        if not VisitEditor.objectName():
            VisitEditor.setObjectName(u"VisitEditor")
        VisitEditor.setMinimumSize(QSize(760, 520))
        self.main_layout = QVBoxLayout(VisitEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(VisitEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_layout = QHBoxLayout(self.details_tab)
        self.details_layout.setObjectName(u"details_layout")
        self.form_panel = QWidget(self.details_tab)
        self.form_panel.setObjectName(u"form_panel")
        self.details_form = QFormLayout(self.form_panel)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_form.setContentsMargins(0, 0, 0, 0)
        self.contact_id_label = QLabel(self.form_panel)
        self.contact_id_label.setObjectName(u"contact_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_id_label)

        self.contact_id = QComboBox(self.form_panel)
        self.contact_id.setObjectName(u"contact_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_id)

        self.visit_date_label = QLabel(self.form_panel)
        self.visit_date_label.setObjectName(u"visit_date_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visit_date_label)

        self.visit_date = OptionalDateEdit(self.form_panel)
        self.visit_date.setObjectName(u"visit_date")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visit_date)

        self.start_time_label = QLabel(self.form_panel)
        self.start_time_label.setObjectName(u"start_time_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_time_label)

        self.start_time = TimeEdit(self.form_panel)
        self.start_time.setObjectName(u"start_time")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_time)

        self.end_time_label = QLabel(self.form_panel)
        self.end_time_label.setObjectName(u"end_time_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_time_label)

        self.end_time = TimeEdit(self.form_panel)
        self.end_time.setObjectName(u"end_time")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end_time)

        self.staff_id_label = QLabel(self.form_panel)
        self.staff_id_label.setObjectName(u"staff_id_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.staff_id_label)

        self.staff_id = QComboBox(self.form_panel)
        self.staff_id.setObjectName(u"staff_id")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.staff_id)

        self.visit_type_label = QLabel(self.form_panel)
        self.visit_type_label.setObjectName(u"visit_type_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.visit_type_label)

        self.visit_type = QComboBox(self.form_panel)
        self.visit_type.setObjectName(u"visit_type")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.visit_type)

        self.activity_id_label = QLabel(self.form_panel)
        self.activity_id_label.setObjectName(u"activity_id_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.activity_id_label)

        self.activity_id = QComboBox(self.form_panel)
        self.activity_id.setObjectName(u"activity_id")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activity_id)

        self.summary_label = QLabel(self.form_panel)
        self.summary_label.setObjectName(u"summary_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QPlainTextEdit(self.form_panel)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.summary)

        self.outcome_label = QLabel(self.form_panel)
        self.outcome_label.setObjectName(u"outcome_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(self.form_panel)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.next_appointment_label = QLabel(self.form_panel)
        self.next_appointment_label.setObjectName(u"next_appointment_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.next_appointment_label)

        self.next_appointment = OptionalDateEdit(self.form_panel)
        self.next_appointment.setObjectName(u"next_appointment")

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.next_appointment)

        self.next_appointment_time_label = QLabel(self.form_panel)
        self.next_appointment_time_label.setObjectName(u"next_appointment_time_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.next_appointment_time_label)

        self.next_appointment_time = TimeEdit(self.form_panel)
        self.next_appointment_time.setObjectName(u"next_appointment_time")

        self.details_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.next_appointment_time)

        self.attendance_signed = QCheckBox(self.form_panel)
        self.attendance_signed.setObjectName(u"attendance_signed")

        self.details_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.attendance_signed)


        self.details_layout.addWidget(self.form_panel)

        self.earlier_box = QGroupBox(self.details_tab)
        self.earlier_box.setObjectName(u"earlier_box")
        self.earlier_layout = QVBoxLayout(self.earlier_box)
        self.earlier_layout.setObjectName(u"earlier_layout")
        self.earlier_visits = QTableWidget(self.earlier_box)
        if (self.earlier_visits.columnCount() < 3):
            self.earlier_visits.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.earlier_visits.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.earlier_visits.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.earlier_visits.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.earlier_visits.setObjectName(u"earlier_visits")
        self.earlier_visits.setTabKeyNavigation(False)
        self.earlier_visits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.earlier_visits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.earlier_visits.setAlternatingRowColors(True)

        self.earlier_layout.addWidget(self.earlier_visits)


        self.details_layout.addWidget(self.earlier_box)

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

        self.buttons = QDialogButtonBox(VisitEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_id_label.setBuddy(self.contact_id)
        self.visit_date_label.setBuddy(self.visit_date)
        self.start_time_label.setBuddy(self.start_time)
        self.end_time_label.setBuddy(self.end_time)
        self.staff_id_label.setBuddy(self.staff_id)
        self.visit_type_label.setBuddy(self.visit_type)
        self.activity_id_label.setBuddy(self.activity_id)
        self.summary_label.setBuddy(self.summary)
        self.outcome_label.setBuddy(self.outcome)
        self.next_appointment_label.setBuddy(self.next_appointment)
        self.next_appointment_time_label.setBuddy(self.next_appointment_time)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.contact_id)
        QWidget.setTabOrder(self.contact_id, self.visit_date)
        QWidget.setTabOrder(self.visit_date, self.start_time)
        QWidget.setTabOrder(self.start_time, self.end_time)
        QWidget.setTabOrder(self.end_time, self.staff_id)
        QWidget.setTabOrder(self.staff_id, self.visit_type)
        QWidget.setTabOrder(self.visit_type, self.activity_id)
        QWidget.setTabOrder(self.activity_id, self.summary)
        QWidget.setTabOrder(self.summary, self.outcome)
        QWidget.setTabOrder(self.outcome, self.next_appointment)
        QWidget.setTabOrder(self.next_appointment, self.next_appointment_time)
        QWidget.setTabOrder(self.next_appointment_time, self.attendance_signed)
        QWidget.setTabOrder(self.attendance_signed, self.earlier_visits)
        QWidget.setTabOrder(self.earlier_visits, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(VisitEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(VisitEditor)
    # setupUi

    def retranslateUi(self, VisitEditor):
        VisitEditor.setWindowTitle(QCoreApplication.translate("VisitEditor", u"Meeting Point visit", None))
        self.contact_id_label.setText(QCoreApplication.translate("VisitEditor", u"&Person:", None))
        self.visit_date_label.setText(QCoreApplication.translate("VisitEditor", u"&Date:", None))
        self.start_time_label.setText(QCoreApplication.translate("VisitEditor", u"&Start time:", None))
        self.end_time_label.setText(QCoreApplication.translate("VisitEditor", u"&End time:", None))
        self.staff_id_label.setText(QCoreApplication.translate("VisitEditor", u"Staff &member:", None))
        self.visit_type_label.setText(QCoreApplication.translate("VisitEditor", u"&Type:", None))
        self.activity_id_label.setText(QCoreApplication.translate("VisitEditor", u"Acti&vity:", None))
        self.summary_label.setText(QCoreApplication.translate("VisitEditor", u"Summar&y:", None))
        self.outcome_label.setText(QCoreApplication.translate("VisitEditor", u"O&utcome:", None))
        self.next_appointment_label.setText(QCoreApplication.translate("VisitEditor", u"&Next appointment:", None))
        self.next_appointment_time_label.setText(QCoreApplication.translate("VisitEditor", u"Next appointment t&ime:", None))
        self.attendance_signed.setText(QCoreApplication.translate("VisitEditor", u"Attendance si&gned", None))
        self.earlier_box.setTitle(QCoreApplication.translate("VisitEditor", u"Earlier visits", None))
        ___qtablewidgetitem = self.earlier_visits.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VisitEditor", u"Date", None))
        ___qtablewidgetitem1 = self.earlier_visits.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VisitEditor", u"Type", None))
        ___qtablewidgetitem2 = self.earlier_visits.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VisitEditor", u"Staff member", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("VisitEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("VisitEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("VisitEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("VisitEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("VisitEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("VisitEditor", u"&History", None))
    # retranslateUi

