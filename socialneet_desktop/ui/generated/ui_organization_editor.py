# Generated from forms/organization_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import MunicipalityPicker

class Ui_OrganizationEditor(object):
    def setupUi(self, OrganizationEditor):
        if not OrganizationEditor.objectName():
            OrganizationEditor.setObjectName(u"OrganizationEditor")
        OrganizationEditor.setMinimumSize(QSize(560, 560))
        self.main_layout = QVBoxLayout(OrganizationEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.duplicate_banner = QFrame(OrganizationEditor)
        self.duplicate_banner.setObjectName(u"duplicate_banner")
        self.duplicate_banner.setStyleSheet(u"#duplicate_banner { background: #fff3b0; border: 1px solid #d4b106; border-radius: 4px; }")
        self.duplicate_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_layout = QHBoxLayout(self.duplicate_banner)
        self.banner_layout.setObjectName(u"banner_layout")
        self.duplicate_label = QLabel(self.duplicate_banner)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setWordWrap(True)

        self.banner_layout.addWidget(self.duplicate_label)

        self.open_existing = QPushButton(self.duplicate_banner)
        self.open_existing.setObjectName(u"open_existing")

        self.banner_layout.addWidget(self.open_existing)


        self.main_layout.addWidget(self.duplicate_banner)

        self.tabs = QTabWidget(OrganizationEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.details_tab)
        self.name_label.setObjectName(u"name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.details_tab)
        self.name.setObjectName(u"name")
        self.name.setClearButtonEnabled(True)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(self.details_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.details_tab)
        self.kind.setObjectName(u"kind")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.tax_code_label = QLabel(self.details_tab)
        self.tax_code_label.setObjectName(u"tax_code_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tax_code_label)

        self.tax_code = QLineEdit(self.details_tab)
        self.tax_code.setObjectName(u"tax_code")
        self.tax_code.setClearButtonEnabled(True)
        self.tax_code.setMaxLength(16)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tax_code)

        self.vat_number_label = QLabel(self.details_tab)
        self.vat_number_label.setObjectName(u"vat_number_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vat_number_label)

        self.vat_number = QLineEdit(self.details_tab)
        self.vat_number.setObjectName(u"vat_number")
        self.vat_number.setClearButtonEnabled(True)
        self.vat_number.setMaxLength(13)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vat_number)

        self.municipality_code_label = QLabel(self.details_tab)
        self.municipality_code_label.setObjectName(u"municipality_code_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.municipality_code_label)

        self.municipality_code = MunicipalityPicker(self.details_tab)
        self.municipality_code.setObjectName(u"municipality_code")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.municipality_code)

        self.address_label = QLabel(self.details_tab)
        self.address_label.setObjectName(u"address_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.details_tab)
        self.address.setObjectName(u"address")
        self.address.setClearButtonEnabled(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address)

        self.postal_code_label = QLabel(self.details_tab)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_code = QLineEdit(self.details_tab)
        self.postal_code.setObjectName(u"postal_code")
        self.postal_code.setClearButtonEnabled(True)
        self.postal_code.setMaxLength(5)

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.postal_code)

        self.phone_label = QLabel(self.details_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.details_tab)
        self.phone.setObjectName(u"phone")
        self.phone.setClearButtonEnabled(True)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(self.details_tab)
        self.email_label.setObjectName(u"email_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.details_tab)
        self.email.setObjectName(u"email")
        self.email.setClearButtonEnabled(True)

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email)

        self.website_label = QLabel(self.details_tab)
        self.website_label.setObjectName(u"website_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.details_tab)
        self.website.setObjectName(u"website")
        self.website.setClearButtonEnabled(True)

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.website)

        self.sector_label = QLabel(self.details_tab)
        self.sector_label.setObjectName(u"sector_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector = QLineEdit(self.details_tab)
        self.sector.setObjectName(u"sector")
        self.sector.setClearButtonEnabled(True)

        self.details_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sector)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.details_tab, "")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QVBoxLayout(self.people_tab)
        self.people_layout.setObjectName(u"people_layout")
        self.people_table = QTableWidget(self.people_tab)
        if (self.people_table.columnCount() < 5):
            self.people_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.people_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setWordWrap(False)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.verticalHeader().setVisible(False)

        self.people_layout.addWidget(self.people_table)

        self.people_buttons = QHBoxLayout()
        self.people_buttons.setObjectName(u"people_buttons")
        self.add_person = QPushButton(self.people_tab)
        self.add_person.setObjectName(u"add_person")

        self.people_buttons.addWidget(self.add_person)

        self.edit_person = QPushButton(self.people_tab)
        self.edit_person.setObjectName(u"edit_person")

        self.people_buttons.addWidget(self.edit_person)

        self.remove_person = QPushButton(self.people_tab)
        self.remove_person.setObjectName(u"remove_person")

        self.people_buttons.addWidget(self.remove_person)

        self.people_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons.addItem(self.people_spacer)


        self.people_layout.addLayout(self.people_buttons)

        self.tabs.addTab(self.people_tab, "")
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

        self.buttons = QDialogButtonBox(OrganizationEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.tax_code_label.setBuddy(self.tax_code)
        self.vat_number_label.setBuddy(self.vat_number)
        self.municipality_code_label.setBuddy(self.municipality_code)
        self.address_label.setBuddy(self.address)
        self.postal_code_label.setBuddy(self.postal_code)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.website_label.setBuddy(self.website)
        self.sector_label.setBuddy(self.sector)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.name)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.tax_code)
        QWidget.setTabOrder(self.tax_code, self.vat_number)
        QWidget.setTabOrder(self.vat_number, self.municipality_code)
        QWidget.setTabOrder(self.municipality_code, self.address)
        QWidget.setTabOrder(self.address, self.postal_code)
        QWidget.setTabOrder(self.postal_code, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.website)
        QWidget.setTabOrder(self.website, self.sector)
        QWidget.setTabOrder(self.sector, self.notes)
        QWidget.setTabOrder(self.notes, self.people_table)
        QWidget.setTabOrder(self.people_table, self.add_person)
        QWidget.setTabOrder(self.add_person, self.edit_person)
        QWidget.setTabOrder(self.edit_person, self.remove_person)
        QWidget.setTabOrder(self.remove_person, self.history_view)
        QWidget.setTabOrder(self.history_view, self.open_existing)
        QWidget.setTabOrder(self.open_existing, self.buttons)

        self.retranslateUi(OrganizationEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganizationEditor)
    # setupUi

    def retranslateUi(self, OrganizationEditor):
        OrganizationEditor.setWindowTitle(QCoreApplication.translate("OrganizationEditor", u"Organisation", None))
        self.open_existing.setText(QCoreApplication.translate("OrganizationEditor", u"Open &it", None))
        self.name_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Name:", None))
        self.kind_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Kind:", None))
        self.tax_code_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Tax code:", None))
        self.vat_number_label.setText(QCoreApplication.translate("OrganizationEditor", u"&VAT number:", None))
        self.municipality_code_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Municipality:", None))
        self.address_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Address:", None))
        self.postal_code_label.setText(QCoreApplication.translate("OrganizationEditor", u"Postal &code:", None))
        self.phone_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Phone:", None))
        self.email_label.setText(QCoreApplication.translate("OrganizationEditor", u"&E-mail:", None))
        self.website_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Website:", None))
        self.sector_label.setText(QCoreApplication.translate("OrganizationEditor", u"&Sector:", None))
        self.notes_label.setText(QCoreApplication.translate("OrganizationEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("OrganizationEditor", u"&Details", None))
        ___qtablewidgetitem = self.people_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OrganizationEditor", u"Last name", None))
        ___qtablewidgetitem1 = self.people_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OrganizationEditor", u"First name", None))
        ___qtablewidgetitem2 = self.people_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OrganizationEditor", u"Role", None))
        ___qtablewidgetitem3 = self.people_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OrganizationEditor", u"Phone", None))
        ___qtablewidgetitem4 = self.people_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OrganizationEditor", u"E-mail", None))
        self.add_person.setText(QCoreApplication.translate("OrganizationEditor", u"&Add\u2026", None))
        self.edit_person.setText(QCoreApplication.translate("OrganizationEditor", u"&Edit\u2026", None))
        self.remove_person.setText(QCoreApplication.translate("OrganizationEditor", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.people_tab), QCoreApplication.translate("OrganizationEditor", u"Contact peop&le", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("OrganizationEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OrganizationEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OrganizationEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OrganizationEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("OrganizationEditor", u"&History", None))
    # retranslateUi

