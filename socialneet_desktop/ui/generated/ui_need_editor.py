# Generated from forms/need_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'need_editor.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpinBox, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import (MunicipalityPicker, OptionalDateEdit)

class Ui_NeedEditor(object):
    def setupUi(self, NeedEditor):
        if not NeedEditor.objectName():
            NeedEditor.setObjectName(u"NeedEditor")
        NeedEditor.setMinimumSize(QSize(760, 540))
        self.main_layout = QVBoxLayout(NeedEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(NeedEditor)
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

        self.organization_id_label = QLabel(self.details_tab)
        self.organization_id_label.setObjectName(u"organization_id_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organization_id_label)

        self.organization_id = QComboBox(self.details_tab)
        self.organization_id.setObjectName(u"organization_id")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organization_id)

        self.group_description_label = QLabel(self.details_tab)
        self.group_description_label.setObjectName(u"group_description_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.group_description_label)

        self.group_description = QLineEdit(self.details_tab)
        self.group_description.setObjectName(u"group_description")
        self.group_description.setClearButtonEnabled(True)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.group_description)

        self.group_size_label = QLabel(self.details_tab)
        self.group_size_label.setObjectName(u"group_size_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.group_size_label)

        self.group_size = QSpinBox(self.details_tab)
        self.group_size.setObjectName(u"group_size")
        self.group_size.setMinimum(-1)
        self.group_size.setMaximum(999)
        self.group_size.setSpecialValueText(u"\u2014")
        self.group_size.setValue(-1)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.group_size)

        self.category_label = QLabel(self.details_tab)
        self.category_label.setObjectName(u"category_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category = QComboBox(self.details_tab)
        self.category.setObjectName(u"category")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category)

        self.description_label = QLabel(self.details_tab)
        self.description_label.setObjectName(u"description_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.details_tab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 54))

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description)

        self.municipality_code_label = QLabel(self.details_tab)
        self.municipality_code_label.setObjectName(u"municipality_code_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.municipality_code_label)

        self.municipality_code = MunicipalityPicker(self.details_tab)
        self.municipality_code.setObjectName(u"municipality_code")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.municipality_code)

        self.urgency_label = QLabel(self.details_tab)
        self.urgency_label.setObjectName(u"urgency_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.urgency_label)

        self.urgency = QSpinBox(self.details_tab)
        self.urgency.setObjectName(u"urgency")
        self.urgency.setMinimum(1)
        self.urgency.setMaximum(3)
        self.urgency.setValue(2)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.urgency)

        self.status_label = QLabel(self.details_tab)
        self.status_label.setObjectName(u"status_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.details_tab)
        self.status.setObjectName(u"status")

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status)

        self.source_label = QLabel(self.details_tab)
        self.source_label.setObjectName(u"source_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(self.details_tab)
        self.source.setObjectName(u"source")

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.source)

        self.tabs.addTab(self.details_tab, "")
        self.when_tab = QWidget()
        self.when_tab.setObjectName(u"when_tab")
        self.when_form = QFormLayout(self.when_tab)
        self.when_form.setObjectName(u"when_form")
        self.when_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.needed_from_label = QLabel(self.when_tab)
        self.needed_from_label.setObjectName(u"needed_from_label")

        self.when_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.needed_from_label)

        self.needed_from = OptionalDateEdit(self.when_tab)
        self.needed_from.setObjectName(u"needed_from")

        self.when_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.needed_from)

        self.needed_to_label = QLabel(self.when_tab)
        self.needed_to_label.setObjectName(u"needed_to_label")

        self.when_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.needed_to_label)

        self.needed_to = OptionalDateEdit(self.when_tab)
        self.needed_to.setObjectName(u"needed_to")

        self.when_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.needed_to)

        self.days_label = QLabel(self.when_tab)
        self.days_label.setObjectName(u"days_label")

        self.when_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days = QListWidget(self.when_tab)
        self.days.setObjectName(u"days")
        self.days.setMinimumSize(QSize(0, 80))

        self.when_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.days)

        self.quantity_label = QLabel(self.when_tab)
        self.quantity_label.setObjectName(u"quantity_label")

        self.when_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity = QDoubleSpinBox(self.when_tab)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setDecimals(2)
        self.quantity.setMinimum(-1.000000000000000)
        self.quantity.setMaximum(9999999.990000000223517)
        self.quantity.setSpecialValueText(u"\u2014")
        self.quantity.setValue(-1.000000000000000)

        self.when_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quantity)

        self.unit_label = QLabel(self.when_tab)
        self.unit_label.setObjectName(u"unit_label")

        self.when_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit = QLineEdit(self.when_tab)
        self.unit.setObjectName(u"unit")
        self.unit.setClearButtonEnabled(True)

        self.when_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit)

        self.recorded_on_label = QLabel(self.when_tab)
        self.recorded_on_label.setObjectName(u"recorded_on_label")

        self.when_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recorded_on_label)

        self.recorded_on = OptionalDateEdit(self.when_tab)
        self.recorded_on.setObjectName(u"recorded_on")

        self.when_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recorded_on)

        self.recorded_by_id_label = QLabel(self.when_tab)
        self.recorded_by_id_label.setObjectName(u"recorded_by_id_label")

        self.when_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recorded_by_id_label)

        self.recorded_by_id = QComboBox(self.when_tab)
        self.recorded_by_id.setObjectName(u"recorded_by_id")

        self.when_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recorded_by_id)

        self.outcome_notes_label = QLabel(self.when_tab)
        self.outcome_notes_label.setObjectName(u"outcome_notes_label")

        self.when_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcome_notes_label)

        self.outcome_notes = QPlainTextEdit(self.when_tab)
        self.outcome_notes.setObjectName(u"outcome_notes")
        self.outcome_notes.setTabChangesFocus(True)
        self.outcome_notes.setMinimumSize(QSize(0, 54))

        self.when_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcome_notes)

        self.notes_label = QLabel(self.when_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.when_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.when_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 54))

        self.when_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.when_tab, "")
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

        self.buttons = QDialogButtonBox(NeedEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.organization_id_label.setBuddy(self.organization_id)
        self.group_description_label.setBuddy(self.group_description)
        self.group_size_label.setBuddy(self.group_size)
        self.category_label.setBuddy(self.category)
        self.description_label.setBuddy(self.description)
        self.municipality_code_label.setBuddy(self.municipality_code)
        self.urgency_label.setBuddy(self.urgency)
        self.status_label.setBuddy(self.status)
        self.source_label.setBuddy(self.source)
        self.needed_from_label.setBuddy(self.needed_from)
        self.needed_to_label.setBuddy(self.needed_to)
        self.days_label.setBuddy(self.days)
        self.quantity_label.setBuddy(self.quantity)
        self.unit_label.setBuddy(self.unit)
        self.recorded_on_label.setBuddy(self.recorded_on)
        self.recorded_by_id_label.setBuddy(self.recorded_by_id)
        self.outcome_notes_label.setBuddy(self.outcome_notes)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.organization_id)
        QWidget.setTabOrder(self.organization_id, self.group_description)
        QWidget.setTabOrder(self.group_description, self.group_size)
        QWidget.setTabOrder(self.group_size, self.category)
        QWidget.setTabOrder(self.category, self.description)
        QWidget.setTabOrder(self.description, self.municipality_code)
        QWidget.setTabOrder(self.municipality_code, self.urgency)
        QWidget.setTabOrder(self.urgency, self.status)
        QWidget.setTabOrder(self.status, self.source)
        QWidget.setTabOrder(self.source, self.needed_from)
        QWidget.setTabOrder(self.needed_from, self.needed_to)
        QWidget.setTabOrder(self.needed_to, self.days)
        QWidget.setTabOrder(self.days, self.quantity)
        QWidget.setTabOrder(self.quantity, self.unit)
        QWidget.setTabOrder(self.unit, self.recorded_on)
        QWidget.setTabOrder(self.recorded_on, self.recorded_by_id)
        QWidget.setTabOrder(self.recorded_by_id, self.outcome_notes)
        QWidget.setTabOrder(self.outcome_notes, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(NeedEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(NeedEditor)
    # setupUi

    def retranslateUi(self, NeedEditor):
        NeedEditor.setWindowTitle(QCoreApplication.translate("NeedEditor", u"Need", None))
        self.title_label.setText(QCoreApplication.translate("NeedEditor", u"&Need:", None))
        self.organization_id_label.setText(QCoreApplication.translate("NeedEditor", u"&Organisation:", None))
        self.group_description_label.setText(QCoreApplication.translate("NeedEditor", u"&Group of young people:", None))
        self.group_description.setPlaceholderText(QCoreApplication.translate("NeedEditor", u"A description, never a name", None))
        self.group_size_label.setText(QCoreApplication.translate("NeedEditor", u"&Young people:", None))
        self.category_label.setText(QCoreApplication.translate("NeedEditor", u"&Category:", None))
        self.description_label.setText(QCoreApplication.translate("NeedEditor", u"&Description:", None))
        self.municipality_code_label.setText(QCoreApplication.translate("NeedEditor", u"&Municipality:", None))
        self.urgency_label.setText(QCoreApplication.translate("NeedEditor", u"&Urgency (1-3):", None))
        self.status_label.setText(QCoreApplication.translate("NeedEditor", u"&Status:", None))
        self.source_label.setText(QCoreApplication.translate("NeedEditor", u"Sou&rce:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("NeedEditor", u"D&etails", None))
        self.needed_from_label.setText(QCoreApplication.translate("NeedEditor", u"Needed &from:", None))
        self.needed_to_label.setText(QCoreApplication.translate("NeedEditor", u"Needed &until:", None))
        self.days_label.setText(QCoreApplication.translate("NeedEditor", u"&Days:", None))
        self.quantity_label.setText(QCoreApplication.translate("NeedEditor", u"&Quantity:", None))
        self.unit_label.setText(QCoreApplication.translate("NeedEditor", u"U&nit:", None))
        self.recorded_on_label.setText(QCoreApplication.translate("NeedEditor", u"Recorded o&n:", None))
        self.recorded_by_id_label.setText(QCoreApplication.translate("NeedEditor", u"Recorded &by:", None))
        self.outcome_notes_label.setText(QCoreApplication.translate("NeedEditor", u"Out&come:", None))
        self.notes_label.setText(QCoreApplication.translate("NeedEditor", u"No&tes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.when_tab), QCoreApplication.translate("NeedEditor", u"&When and how much", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("NeedEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("NeedEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("NeedEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("NeedEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("NeedEditor", u"&History", None))
    # retranslateUi

