# Generated from forms/resource_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resource_editor.ui'
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

from socialneet_desktop.ui.editors.widgets import (MunicipalityPicker, OptionalDateEdit)

class Ui_ResourceEditor(object):
    def setupUi(self, ResourceEditor):
        if not ResourceEditor.objectName():
            ResourceEditor.setObjectName(u"ResourceEditor")
        ResourceEditor.setMinimumSize(QSize(520, 480))
        self.main_layout = QVBoxLayout(ResourceEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(ResourceEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(self.details_tab)
        self.title_label.setObjectName(u"title_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.details_tab)
        self.title.setObjectName(u"title")
        self.title.setClearButtonEnabled(True)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.category_label = QLabel(self.details_tab)
        self.category_label.setObjectName(u"category_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category = QComboBox(self.details_tab)
        self.category.setObjectName(u"category")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category)

        self.status_label = QLabel(self.details_tab)
        self.status_label.setObjectName(u"status_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.details_tab)
        self.status.setObjectName(u"status")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status)

        self.description_label = QLabel(self.details_tab)
        self.description_label.setObjectName(u"description_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.details_tab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.owner_organization_id_label = QLabel(self.details_tab)
        self.owner_organization_id_label.setObjectName(u"owner_organization_id_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_organization_id_label)

        self.owner_organization_id = QComboBox(self.details_tab)
        self.owner_organization_id.setObjectName(u"owner_organization_id")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_organization_id)

        self.owner_name_label = QLabel(self.details_tab)
        self.owner_name_label.setObjectName(u"owner_name_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.owner_name_label)

        self.owner_name = QLineEdit(self.details_tab)
        self.owner_name.setObjectName(u"owner_name")
        self.owner_name.setClearButtonEnabled(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.owner_name)

        self.municipality_code_label = QLabel(self.details_tab)
        self.municipality_code_label.setObjectName(u"municipality_code_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.municipality_code_label)

        self.municipality_code = MunicipalityPicker(self.details_tab)
        self.municipality_code.setObjectName(u"municipality_code")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.municipality_code)

        self.address_label = QLabel(self.details_tab)
        self.address_label.setObjectName(u"address_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.details_tab)
        self.address.setObjectName(u"address")
        self.address.setClearButtonEnabled(True)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address)

        self.quantity_label = QLabel(self.details_tab)
        self.quantity_label.setObjectName(u"quantity_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity = QDoubleSpinBox(self.details_tab)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setDecimals(2)
        self.quantity.setMaximum(9999999.990000000223517)

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.quantity)

        self.unit_label = QLabel(self.details_tab)
        self.unit_label.setObjectName(u"unit_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit = QLineEdit(self.details_tab)
        self.unit.setObjectName(u"unit")
        self.unit.setClearButtonEnabled(True)

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unit)

        self.condition_label = QLabel(self.details_tab)
        self.condition_label.setObjectName(u"condition_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.condition_label)

        self.condition = QComboBox(self.details_tab)
        self.condition.setObjectName(u"condition")

        self.details_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.condition)

        self.tabs.addTab(self.details_tab, "")
        self.use_tab = QWidget()
        self.use_tab.setObjectName(u"use_tab")
        self.use_form = QFormLayout(self.use_tab)
        self.use_form.setObjectName(u"use_form")
        self.use_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.available_from_label = QLabel(self.use_tab)
        self.available_from_label.setObjectName(u"available_from_label")

        self.use_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.available_from_label)

        self.available_from = OptionalDateEdit(self.use_tab)
        self.available_from.setObjectName(u"available_from")

        self.use_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.available_from)

        self.available_to_label = QLabel(self.use_tab)
        self.available_to_label.setObjectName(u"available_to_label")

        self.use_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.available_to_label)

        self.available_to = OptionalDateEdit(self.use_tab)
        self.available_to.setObjectName(u"available_to")

        self.use_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.available_to)

        self.schedule_label = QLabel(self.use_tab)
        self.schedule_label.setObjectName(u"schedule_label")

        self.use_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schedule_label)

        self.schedule = QLineEdit(self.use_tab)
        self.schedule.setObjectName(u"schedule")
        self.schedule.setClearButtonEnabled(True)

        self.use_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schedule)

        self.terms_label = QLabel(self.use_tab)
        self.terms_label.setObjectName(u"terms_label")

        self.use_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.terms_label)

        self.terms = QComboBox(self.use_tab)
        self.terms.setObjectName(u"terms")

        self.use_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.terms)

        self.proposed_use_label = QLabel(self.use_tab)
        self.proposed_use_label.setObjectName(u"proposed_use_label")

        self.use_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.proposed_use_label)

        self.proposed_use = QPlainTextEdit(self.use_tab)
        self.proposed_use.setObjectName(u"proposed_use")
        self.proposed_use.setTabChangesFocus(True)
        self.proposed_use.setMinimumSize(QSize(0, 60))

        self.use_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.proposed_use)

        self.surveyed_on_label = QLabel(self.use_tab)
        self.surveyed_on_label.setObjectName(u"surveyed_on_label")

        self.use_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.surveyed_on_label)

        self.surveyed_on = OptionalDateEdit(self.use_tab)
        self.surveyed_on.setObjectName(u"surveyed_on")

        self.use_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.surveyed_on)

        self.surveyed_by_id_label = QLabel(self.use_tab)
        self.surveyed_by_id_label.setObjectName(u"surveyed_by_id_label")

        self.use_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.surveyed_by_id_label)

        self.surveyed_by_id = QComboBox(self.use_tab)
        self.surveyed_by_id.setObjectName(u"surveyed_by_id")

        self.use_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.surveyed_by_id)

        self.source_label = QLabel(self.use_tab)
        self.source_label.setObjectName(u"source_label")

        self.use_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(self.use_tab)
        self.source.setObjectName(u"source")

        self.use_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.source)

        self.notes_label = QLabel(self.use_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.use_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.use_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.use_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.use_tab, "")
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

        self.buttons = QDialogButtonBox(ResourceEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.category_label.setBuddy(self.category)
        self.status_label.setBuddy(self.status)
        self.description_label.setBuddy(self.description)
        self.owner_organization_id_label.setBuddy(self.owner_organization_id)
        self.owner_name_label.setBuddy(self.owner_name)
        self.municipality_code_label.setBuddy(self.municipality_code)
        self.address_label.setBuddy(self.address)
        self.quantity_label.setBuddy(self.quantity)
        self.unit_label.setBuddy(self.unit)
        self.condition_label.setBuddy(self.condition)
        self.available_from_label.setBuddy(self.available_from)
        self.available_to_label.setBuddy(self.available_to)
        self.schedule_label.setBuddy(self.schedule)
        self.terms_label.setBuddy(self.terms)
        self.proposed_use_label.setBuddy(self.proposed_use)
        self.surveyed_on_label.setBuddy(self.surveyed_on)
        self.surveyed_by_id_label.setBuddy(self.surveyed_by_id)
        self.source_label.setBuddy(self.source)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.category)
        QWidget.setTabOrder(self.category, self.status)
        QWidget.setTabOrder(self.status, self.description)
        QWidget.setTabOrder(self.description, self.owner_organization_id)
        QWidget.setTabOrder(self.owner_organization_id, self.owner_name)
        QWidget.setTabOrder(self.owner_name, self.municipality_code)
        QWidget.setTabOrder(self.municipality_code, self.address)
        QWidget.setTabOrder(self.address, self.quantity)
        QWidget.setTabOrder(self.quantity, self.unit)
        QWidget.setTabOrder(self.unit, self.condition)
        QWidget.setTabOrder(self.condition, self.available_from)
        QWidget.setTabOrder(self.available_from, self.available_to)
        QWidget.setTabOrder(self.available_to, self.schedule)
        QWidget.setTabOrder(self.schedule, self.terms)
        QWidget.setTabOrder(self.terms, self.proposed_use)
        QWidget.setTabOrder(self.proposed_use, self.surveyed_on)
        QWidget.setTabOrder(self.surveyed_on, self.surveyed_by_id)
        QWidget.setTabOrder(self.surveyed_by_id, self.source)
        QWidget.setTabOrder(self.source, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(ResourceEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResourceEditor)
    # setupUi

    def retranslateUi(self, ResourceEditor):
        ResourceEditor.setWindowTitle(QCoreApplication.translate("ResourceEditor", u"Unused resource", None))
        self.title_label.setText(QCoreApplication.translate("ResourceEditor", u"&Title:", None))
        self.category_label.setText(QCoreApplication.translate("ResourceEditor", u"&Category:", None))
        self.status_label.setText(QCoreApplication.translate("ResourceEditor", u"&Status:", None))
        self.description_label.setText(QCoreApplication.translate("ResourceEditor", u"&Description:", None))
        self.owner_organization_id_label.setText(QCoreApplication.translate("ResourceEditor", u"Owner &organisation:", None))
        self.owner_name_label.setText(QCoreApplication.translate("ResourceEditor", u"Owner &name:", None))
        self.municipality_code_label.setText(QCoreApplication.translate("ResourceEditor", u"&Municipality:", None))
        self.address_label.setText(QCoreApplication.translate("ResourceEditor", u"&Address:", None))
        self.quantity_label.setText(QCoreApplication.translate("ResourceEditor", u"&Quantity:", None))
        self.quantity.setSpecialValueText(QCoreApplication.translate("ResourceEditor", u"\u2014", None))
        self.unit_label.setText(QCoreApplication.translate("ResourceEditor", u"&Unit:", None))
        self.condition_label.setText(QCoreApplication.translate("ResourceEditor", u"Cond&ition:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("ResourceEditor", u"D&etails", None))
        self.available_from_label.setText(QCoreApplication.translate("ResourceEditor", u"Available &from:", None))
        self.available_to_label.setText(QCoreApplication.translate("ResourceEditor", u"Available &until:", None))
        self.schedule_label.setText(QCoreApplication.translate("ResourceEditor", u"Schedu&le:", None))
        self.terms_label.setText(QCoreApplication.translate("ResourceEditor", u"Te&rms:", None))
        self.proposed_use_label.setText(QCoreApplication.translate("ResourceEditor", u"&Proposed social use:", None))
        self.surveyed_on_label.setText(QCoreApplication.translate("ResourceEditor", u"Surve&yed on:", None))
        self.surveyed_by_id_label.setText(QCoreApplication.translate("ResourceEditor", u"Surveyed &by:", None))
        self.source_label.setText(QCoreApplication.translate("ResourceEditor", u"S&ource:", None))
        self.notes_label.setText(QCoreApplication.translate("ResourceEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.use_tab), QCoreApplication.translate("ResourceEditor", u"A&vailability and use", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ResourceEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ResourceEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ResourceEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ResourceEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("ResourceEditor", u"&History", None))
    # retranslateUi

