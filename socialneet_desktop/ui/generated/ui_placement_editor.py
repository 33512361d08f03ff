# Generated from forms/placement_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placement_editor.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_PlacementEditor(object):
    def setupUi(self, PlacementEditor):
        if not PlacementEditor.objectName():
            PlacementEditor.setObjectName(u"PlacementEditor")
        PlacementEditor.setMinimumSize(QSize(640, 480))
        self.main_layout = QVBoxLayout(PlacementEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(PlacementEditor)
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

        self.placement_kind_label = QLabel(self.details_tab)
        self.placement_kind_label.setObjectName(u"placement_kind_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placement_kind_label)

        self.placement_kind = QComboBox(self.details_tab)
        self.placement_kind.setObjectName(u"placement_kind")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placement_kind)

        self.host_organization_id_label = QLabel(self.details_tab)
        self.host_organization_id_label.setObjectName(u"host_organization_id_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.host_organization_id_label)

        self.host_organization_id = QComboBox(self.details_tab)
        self.host_organization_id.setObjectName(u"host_organization_id")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.host_organization_id)

        self.tutor_person_id_label = QLabel(self.details_tab)
        self.tutor_person_id_label.setObjectName(u"tutor_person_id_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tutor_person_id_label)

        self.tutor_person_id = QComboBox(self.details_tab)
        self.tutor_person_id.setObjectName(u"tutor_person_id")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tutor_person_id)

        self.start_date_label = QLabel(self.details_tab)
        self.start_date_label.setObjectName(u"start_date_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = OptionalDateEdit(self.details_tab)
        self.start_date.setObjectName(u"start_date")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(self.details_tab)
        self.end_date_label.setObjectName(u"end_date_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = OptionalDateEdit(self.details_tab)
        self.end_date.setObjectName(u"end_date")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.hours_per_week_label = QLabel(self.details_tab)
        self.hours_per_week_label.setObjectName(u"hours_per_week_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hours_per_week_label)

        self.hours_per_week = QDoubleSpinBox(self.details_tab)
        self.hours_per_week.setObjectName(u"hours_per_week")
        self.hours_per_week.setDecimals(1)
        self.hours_per_week.setMaximum(168.000000000000000)

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hours_per_week)

        self.contract_label = QLabel(self.details_tab)
        self.contract_label.setObjectName(u"contract_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contract_label)

        self.contract = QLineEdit(self.details_tab)
        self.contract.setObjectName(u"contract")
        self.contract.setMaxLength(120)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contract)

        self.outcome_label = QLabel(self.details_tab)
        self.outcome_label.setObjectName(u"outcome_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(self.details_tab)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)

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

        self.buttons = QDialogButtonBox(PlacementEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_id_label.setBuddy(self.contact_id)
        self.placement_kind_label.setBuddy(self.placement_kind)
        self.host_organization_id_label.setBuddy(self.host_organization_id)
        self.tutor_person_id_label.setBuddy(self.tutor_person_id)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.hours_per_week_label.setBuddy(self.hours_per_week)
        self.contract_label.setBuddy(self.contract)
        self.outcome_label.setBuddy(self.outcome)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.contact_id)
        QWidget.setTabOrder(self.contact_id, self.placement_kind)
        QWidget.setTabOrder(self.placement_kind, self.host_organization_id)
        QWidget.setTabOrder(self.host_organization_id, self.tutor_person_id)
        QWidget.setTabOrder(self.tutor_person_id, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.hours_per_week)
        QWidget.setTabOrder(self.hours_per_week, self.contract)
        QWidget.setTabOrder(self.contract, self.outcome)
        QWidget.setTabOrder(self.outcome, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(PlacementEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PlacementEditor)
    # setupUi

    def retranslateUi(self, PlacementEditor):
        PlacementEditor.setWindowTitle(QCoreApplication.translate("PlacementEditor", u"Placement", None))
        self.contact_id_label.setText(QCoreApplication.translate("PlacementEditor", u"&Person:", None))
        self.placement_kind_label.setText(QCoreApplication.translate("PlacementEditor", u"&Kind:", None))
        self.host_organization_id_label.setText(QCoreApplication.translate("PlacementEditor", u"&Host organisation:", None))
        self.tutor_person_id_label.setText(QCoreApplication.translate("PlacementEditor", u"&Tutor there:", None))
        self.start_date_label.setText(QCoreApplication.translate("PlacementEditor", u"&Start:", None))
        self.end_date_label.setText(QCoreApplication.translate("PlacementEditor", u"&End:", None))
        self.hours_per_week_label.setText(QCoreApplication.translate("PlacementEditor", u"Hours a &week:", None))
        self.hours_per_week.setSpecialValueText(QCoreApplication.translate("PlacementEditor", u"\u2014", None))
        self.contract_label.setText(QCoreApplication.translate("PlacementEditor", u"&Contract:", None))
        self.outcome_label.setText(QCoreApplication.translate("PlacementEditor", u"&Outcome:", None))
        self.notes_label.setText(QCoreApplication.translate("PlacementEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("PlacementEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PlacementEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PlacementEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PlacementEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PlacementEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("PlacementEditor", u"&History", None))
    # retranslateUi

