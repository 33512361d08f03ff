# Generated from forms/meeting_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_editor.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from socialneet_desktop.ui.editors.widgets import (MunicipalityPicker, OptionalDateEdit)

class Ui_MeetingEditor(object):
    def setupUi(self, MeetingEditor):
        if not MeetingEditor.objectName():
            MeetingEditor.setObjectName(u"MeetingEditor")
        MeetingEditor.setMinimumSize(QSize(560, 520))
        self.main_layout = QVBoxLayout(MeetingEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(MeetingEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.meeting_date_label = QLabel(self.details_tab)
        self.meeting_date_label.setObjectName(u"meeting_date_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meeting_date_label)

        self.meeting_date = OptionalDateEdit(self.details_tab)
        self.meeting_date.setObjectName(u"meeting_date")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meeting_date)

        self.meeting_type_label = QLabel(self.details_tab)
        self.meeting_type_label.setObjectName(u"meeting_type_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meeting_type_label)

        self.meeting_type = QComboBox(self.details_tab)
        self.meeting_type.setObjectName(u"meeting_type")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meeting_type)

        self.activity_id_label = QLabel(self.details_tab)
        self.activity_id_label.setObjectName(u"activity_id_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activity_id_label)

        self.activity_id = QComboBox(self.details_tab)
        self.activity_id.setObjectName(u"activity_id")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activity_id)

        self.topic_label = QLabel(self.details_tab)
        self.topic_label.setObjectName(u"topic_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topic_label)

        self.topic = QLineEdit(self.details_tab)
        self.topic.setObjectName(u"topic")
        self.topic.setClearButtonEnabled(True)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.topic)

        self.location_label = QLabel(self.details_tab)
        self.location_label.setObjectName(u"location_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = QLineEdit(self.details_tab)
        self.location.setObjectName(u"location")
        self.location.setClearButtonEnabled(True)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location)

        self.municipality_code_label = QLabel(self.details_tab)
        self.municipality_code_label.setObjectName(u"municipality_code_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.municipality_code_label)

        self.municipality_code = MunicipalityPicker(self.details_tab)
        self.municipality_code.setObjectName(u"municipality_code")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.municipality_code)

        self.staff_id_label = QLabel(self.details_tab)
        self.staff_id_label.setObjectName(u"staff_id_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.staff_id_label)

        self.staff_id = QComboBox(self.details_tab)
        self.staff_id.setObjectName(u"staff_id")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.staff_id)

        self.participants_count_label = QLabel(self.details_tab)
        self.participants_count_label.setObjectName(u"participants_count_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.participants_count_label)

        self.participants_count = QSpinBox(self.details_tab)
        self.participants_count.setObjectName(u"participants_count")
        self.participants_count.setMaximum(9999)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.participants_count)

        self.outcome_label = QLabel(self.details_tab)
        self.outcome_label.setObjectName(u"outcome_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(self.details_tab)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.follow_up_label = QLabel(self.details_tab)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up = QPlainTextEdit(self.details_tab)
        self.follow_up.setObjectName(u"follow_up")
        self.follow_up.setTabChangesFocus(True)
        self.follow_up.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.follow_up)

        self.follow_up_date_label = QLabel(self.details_tab)
        self.follow_up_date_label.setObjectName(u"follow_up_date_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.follow_up_date_label)

        self.follow_up_date = OptionalDateEdit(self.details_tab)
        self.follow_up_date.setObjectName(u"follow_up_date")

        self.details_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.follow_up_date)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.details_tab, "")
        self.links_tab = QWidget()
        self.links_tab.setObjectName(u"links_tab")
        self.links_layout = QVBoxLayout(self.links_tab)
        self.links_layout.setObjectName(u"links_layout")
        self.organizations_label = QLabel(self.links_tab)
        self.organizations_label.setObjectName(u"organizations_label")

        self.links_layout.addWidget(self.organizations_label)

        self.organization_row = QHBoxLayout()
        self.organization_row.setObjectName(u"organization_row")
        self.organization_picker = QComboBox(self.links_tab)
        self.organization_picker.setObjectName(u"organization_picker")

        self.organization_row.addWidget(self.organization_picker)

        self.add_organization = QPushButton(self.links_tab)
        self.add_organization.setObjectName(u"add_organization")

        self.organization_row.addWidget(self.add_organization)

        self.remove_organization = QPushButton(self.links_tab)
        self.remove_organization.setObjectName(u"remove_organization")

        self.organization_row.addWidget(self.remove_organization)


        self.links_layout.addLayout(self.organization_row)

        self.organizations_list = QListWidget(self.links_tab)
        self.organizations_list.setObjectName(u"organizations_list")

        self.links_layout.addWidget(self.organizations_list)

        self.people_label = QLabel(self.links_tab)
        self.people_label.setObjectName(u"people_label")
        self.people_label.setWordWrap(True)

        self.links_layout.addWidget(self.people_label)

        self.people_list = QListWidget(self.links_tab)
        self.people_list.setObjectName(u"people_list")

        self.links_layout.addWidget(self.people_list)

        self.tabs.addTab(self.links_tab, "")
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

        self.buttons = QDialogButtonBox(MeetingEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.meeting_date_label.setBuddy(self.meeting_date)
        self.meeting_type_label.setBuddy(self.meeting_type)
        self.activity_id_label.setBuddy(self.activity_id)
        self.topic_label.setBuddy(self.topic)
        self.location_label.setBuddy(self.location)
        self.municipality_code_label.setBuddy(self.municipality_code)
        self.staff_id_label.setBuddy(self.staff_id)
        self.participants_count_label.setBuddy(self.participants_count)
        self.outcome_label.setBuddy(self.outcome)
        self.follow_up_label.setBuddy(self.follow_up)
        self.follow_up_date_label.setBuddy(self.follow_up_date)
        self.notes_label.setBuddy(self.notes)
        self.organizations_label.setBuddy(self.organization_picker)
        self.people_label.setBuddy(self.people_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.meeting_date)
        QWidget.setTabOrder(self.meeting_date, self.meeting_type)
        QWidget.setTabOrder(self.meeting_type, self.activity_id)
        QWidget.setTabOrder(self.activity_id, self.topic)
        QWidget.setTabOrder(self.topic, self.location)
        QWidget.setTabOrder(self.location, self.municipality_code)
        QWidget.setTabOrder(self.municipality_code, self.staff_id)
        QWidget.setTabOrder(self.staff_id, self.participants_count)
        QWidget.setTabOrder(self.participants_count, self.outcome)
        QWidget.setTabOrder(self.outcome, self.follow_up)
        QWidget.setTabOrder(self.follow_up, self.follow_up_date)
        QWidget.setTabOrder(self.follow_up_date, self.notes)
        QWidget.setTabOrder(self.notes, self.organization_picker)
        QWidget.setTabOrder(self.organization_picker, self.add_organization)
        QWidget.setTabOrder(self.add_organization, self.remove_organization)
        QWidget.setTabOrder(self.remove_organization, self.organizations_list)
        QWidget.setTabOrder(self.organizations_list, self.people_list)
        QWidget.setTabOrder(self.people_list, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(MeetingEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MeetingEditor)
    # setupUi

    def retranslateUi(self, MeetingEditor):
        MeetingEditor.setWindowTitle(QCoreApplication.translate("MeetingEditor", u"Stakeholder meeting", None))
        self.meeting_date_label.setText(QCoreApplication.translate("MeetingEditor", u"&Date:", None))
        self.meeting_type_label.setText(QCoreApplication.translate("MeetingEditor", u"&Type:", None))
        self.activity_id_label.setText(QCoreApplication.translate("MeetingEditor", u"&Activity:", None))
        self.topic_label.setText(QCoreApplication.translate("MeetingEditor", u"To&pic:", None))
        self.location_label.setText(QCoreApplication.translate("MeetingEditor", u"&Location:", None))
        self.municipality_code_label.setText(QCoreApplication.translate("MeetingEditor", u"&Municipality:", None))
        self.staff_id_label.setText(QCoreApplication.translate("MeetingEditor", u"&Staff member:", None))
        self.participants_count_label.setText(QCoreApplication.translate("MeetingEditor", u"&Number of participants:", None))
        self.participants_count.setSpecialValueText(QCoreApplication.translate("MeetingEditor", u"\u2014", None))
        self.outcome_label.setText(QCoreApplication.translate("MeetingEditor", u"O&utcome:", None))
        self.follow_up_label.setText(QCoreApplication.translate("MeetingEditor", u"&Follow-up:", None))
        self.follow_up_date_label.setText(QCoreApplication.translate("MeetingEditor", u"Follo&w-up date:", None))
        self.notes_label.setText(QCoreApplication.translate("MeetingEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("MeetingEditor", u"D&etails", None))
        self.organizations_label.setText(QCoreApplication.translate("MeetingEditor", u"Organisat&ions met:", None))
        self.add_organization.setText(QCoreApplication.translate("MeetingEditor", u"&Add", None))
        self.remove_organization.setText(QCoreApplication.translate("MeetingEditor", u"&Remove", None))
        self.people_label.setText(QCoreApplication.translate("MeetingEditor", u"People met (&contact people of these organisations):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.links_tab), QCoreApplication.translate("MeetingEditor", u"Or&ganisations and people", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MeetingEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MeetingEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MeetingEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MeetingEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("MeetingEditor", u"&History", None))
    # retranslateUi

