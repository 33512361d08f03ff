# Generated from forms/contact_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from socialneet_desktop.ui.editors.widgets import MunicipalityPicker

class Ui_ContactEditor(object):
    def setupUi(self, ContactEditor):
        if not ContactEditor.objectName():
            ContactEditor.setObjectName(u"ContactEditor")
        ContactEditor.setMinimumSize(QSize(860, 520))
        self.main_layout = QVBoxLayout(ContactEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.duplicate_banner = QFrame(ContactEditor)
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

        self.tabs = QTabWidget(ContactEditor)
        self.tabs.setObjectName(u"tabs")
        self.person_tab = QWidget()
        self.person_tab.setObjectName(u"person_tab")
        self.person_form = QFormLayout(self.person_tab)
        self.person_form.setObjectName(u"person_form")
        self.person_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name_label = QLabel(self.person_tab)
        self.first_name_label.setObjectName(u"first_name_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(self.person_tab)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setClearButtonEnabled(True)

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(self.person_tab)
        self.last_name_label.setObjectName(u"last_name_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(self.person_tab)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setClearButtonEnabled(True)

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.gender_label = QLabel(self.person_tab)
        self.gender_label.setObjectName(u"gender_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = QComboBox(self.person_tab)
        self.gender.setObjectName(u"gender")

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gender)

        self.birth_date_label = QLabel(self.person_tab)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date = QDateEdit(self.person_tab)
        self.birth_date.setObjectName(u"birth_date")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat(u"dd/MM/yyyy")

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.birthplace_code_label = QLabel(self.person_tab)
        self.birthplace_code_label.setObjectName(u"birthplace_code_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthplace_code_label)

        self.birthplace_code = MunicipalityPicker(self.person_tab)
        self.birthplace_code.setObjectName(u"birthplace_code")

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthplace_code)

        self.tax_code_label = QLabel(self.person_tab)
        self.tax_code_label.setObjectName(u"tax_code_label")

        self.person_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tax_code_label)

        self.tax_code = QLineEdit(self.person_tab)
        self.tax_code.setObjectName(u"tax_code")
        self.tax_code.setClearButtonEnabled(True)
        self.tax_code.setMaxLength(16)

        self.person_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tax_code)

        self.fill_from_tax_code = QPushButton(self.person_tab)
        self.fill_from_tax_code.setObjectName(u"fill_from_tax_code")

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.fill_from_tax_code)

        self.citizenship_label = QLabel(self.person_tab)
        self.citizenship_label.setObjectName(u"citizenship_label")

        self.person_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.citizenship_label)

        self.citizenship = QComboBox(self.person_tab)
        self.citizenship.setObjectName(u"citizenship")

        self.person_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.citizenship)

        self.tabs.addTab(self.person_tab, "")
        self.where_tab = QWidget()
        self.where_tab.setObjectName(u"where_tab")
        self.where_form = QFormLayout(self.where_tab)
        self.where_form.setObjectName(u"where_form")
        self.where_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.residence_municipality_code_label = QLabel(self.where_tab)
        self.residence_municipality_code_label.setObjectName(u"residence_municipality_code_label")

        self.where_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.residence_municipality_code_label)

        self.residence_municipality_code = MunicipalityPicker(self.where_tab)
        self.residence_municipality_code.setObjectName(u"residence_municipality_code")

        self.where_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.residence_municipality_code)

        self.address_label = QLabel(self.where_tab)
        self.address_label.setObjectName(u"address_label")

        self.where_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.where_tab)
        self.address.setObjectName(u"address")
        self.address.setClearButtonEnabled(True)

        self.where_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address)

        self.postal_code_label = QLabel(self.where_tab)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.where_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_code = QLineEdit(self.where_tab)
        self.postal_code.setObjectName(u"postal_code")
        self.postal_code.setClearButtonEnabled(True)
        self.postal_code.setMaxLength(5)

        self.where_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postal_code)

        self.phone_label = QLabel(self.where_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.where_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.where_tab)
        self.phone.setObjectName(u"phone")
        self.phone.setClearButtonEnabled(True)

        self.where_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(self.where_tab)
        self.email_label.setObjectName(u"email_label")

        self.where_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.where_tab)
        self.email.setObjectName(u"email")
        self.email.setClearButtonEnabled(True)

        self.where_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.tabs.addTab(self.where_tab, "")
        self.situation_tab = QWidget()
        self.situation_tab.setObjectName(u"situation_tab")
        self.situation_form = QFormLayout(self.situation_tab)
        self.situation_form.setObjectName(u"situation_form")
        self.situation_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.education_level_label = QLabel(self.situation_tab)
        self.education_level_label.setObjectName(u"education_level_label")

        self.situation_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.education_level_label)

        self.education_level = QComboBox(self.situation_tab)
        self.education_level.setObjectName(u"education_level")

        self.situation_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.education_level)

        self.labour_status_label = QLabel(self.situation_tab)
        self.labour_status_label.setObjectName(u"labour_status_label")

        self.situation_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labour_status_label)

        self.labour_status = QComboBox(self.situation_tab)
        self.labour_status.setObjectName(u"labour_status")

        self.situation_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labour_status)

        self.labour_status_months_label = QLabel(self.situation_tab)
        self.labour_status_months_label.setObjectName(u"labour_status_months_label")

        self.situation_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labour_status_months_label)

        self.labour_status_months = QSpinBox(self.situation_tab)
        self.labour_status_months.setObjectName(u"labour_status_months")
        self.labour_status_months.setMinimum(-1)
        self.labour_status_months.setMaximum(600)
        self.labour_status_months.setSpecialValueText(u"\u2014")

        self.situation_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labour_status_months)

        self.youth_guarantee = QCheckBox(self.situation_tab)
        self.youth_guarantee.setObjectName(u"youth_guarantee")

        self.situation_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.youth_guarantee)

        self.heard_from_label = QLabel(self.situation_tab)
        self.heard_from_label.setObjectName(u"heard_from_label")

        self.situation_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.heard_from_label)

        self.heard_from = QComboBox(self.situation_tab)
        self.heard_from.setObjectName(u"heard_from")

        self.situation_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.heard_from)

        self.sectors_of_interest_label = QLabel(self.situation_tab)
        self.sectors_of_interest_label.setObjectName(u"sectors_of_interest_label")

        self.situation_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sectors_of_interest_label)

        self.sectors_of_interest = QListWidget(self.situation_tab)
        self.sectors_of_interest.setObjectName(u"sectors_of_interest")
        self.sectors_of_interest.setMinimumSize(QSize(0, 110))

        self.situation_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sectors_of_interest)

        self.notes_label = QLabel(self.situation_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.situation_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.situation_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.situation_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.situation_tab, "")
        self.privacy_tab = QWidget()
        self.privacy_tab.setObjectName(u"privacy_tab")
        self.privacy_form = QFormLayout(self.privacy_tab)
        self.privacy_form.setObjectName(u"privacy_form")
        self.privacy_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.privacy_notice_version_label = QLabel(self.privacy_tab)
        self.privacy_notice_version_label.setObjectName(u"privacy_notice_version_label")

        self.privacy_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.privacy_notice_version_label)

        self.privacy_notice_version = QLineEdit(self.privacy_tab)
        self.privacy_notice_version.setObjectName(u"privacy_notice_version")
        self.privacy_notice_version.setClearButtonEnabled(True)

        self.privacy_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.privacy_notice_version)

        self.privacy_signed_on_label = QLabel(self.privacy_tab)
        self.privacy_signed_on_label.setObjectName(u"privacy_signed_on_label")

        self.privacy_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.privacy_signed_on_label)

        self.privacy_signed_on = QDateEdit(self.privacy_tab)
        self.privacy_signed_on.setObjectName(u"privacy_signed_on")
        self.privacy_signed_on.setCalendarPopup(True)
        self.privacy_signed_on.setDisplayFormat(u"dd/MM/yyyy")

        self.privacy_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.privacy_signed_on)

        self.consent_contact = QCheckBox(self.privacy_tab)
        self.consent_contact.setObjectName(u"consent_contact")

        self.privacy_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consent_contact)

        self.guardian_name_label = QLabel(self.privacy_tab)
        self.guardian_name_label.setObjectName(u"guardian_name_label")

        self.privacy_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guardian_name_label)

        self.guardian_name = QLineEdit(self.privacy_tab)
        self.guardian_name.setObjectName(u"guardian_name")
        self.guardian_name.setClearButtonEnabled(True)

        self.privacy_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guardian_name)

        self.guardian_consent = QCheckBox(self.privacy_tab)
        self.guardian_consent.setObjectName(u"guardian_consent")

        self.privacy_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guardian_consent)

        self.tabs.addTab(self.privacy_tab, "")
        self.groups_tab = QWidget()
        self.groups_tab.setObjectName(u"groups_tab")
        self.groups_form = QFormLayout(self.groups_tab)
        self.groups_form.setObjectName(u"groups_form")
        self.groups_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.caring_responsibilities = QCheckBox(self.groups_tab)
        self.caring_responsibilities.setObjectName(u"caring_responsibilities")

        self.groups_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caring_responsibilities)

        self.minority = QCheckBox(self.groups_tab)
        self.minority.setObjectName(u"minority")

        self.groups_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minority)

        self.asylum_or_refugee = QCheckBox(self.groups_tab)
        self.asylum_or_refugee.setObjectName(u"asylum_or_refugee")

        self.groups_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.asylum_or_refugee)

        self.long_term_unemployed_label = QLabel(self.groups_tab)
        self.long_term_unemployed_label.setObjectName(u"long_term_unemployed_label")

        self.groups_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.long_term_unemployed_label)

        self.long_term_unemployed = QLabel(self.groups_tab)
        self.long_term_unemployed.setObjectName(u"long_term_unemployed")
        self.long_term_unemployed.setText(u"\u2014")

        self.groups_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.long_term_unemployed)

        self.low_skilled_label = QLabel(self.groups_tab)
        self.low_skilled_label.setObjectName(u"low_skilled_label")

        self.groups_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.low_skilled_label)

        self.low_skilled = QLabel(self.groups_tab)
        self.low_skilled.setObjectName(u"low_skilled")
        self.low_skilled.setText(u"\u2014")

        self.groups_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.low_skilled)

        self.special_box = QGroupBox(self.groups_tab)
        self.special_box.setObjectName(u"special_box")
        self.special_form = QFormLayout(self.special_box)
        self.special_form.setObjectName(u"special_form")
        self.special_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.special_note = QLabel(self.special_box)
        self.special_note.setObjectName(u"special_note")
        self.special_note.setWordWrap(True)

        self.special_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.special_note)

        self.special_category_consent = QCheckBox(self.special_box)
        self.special_category_consent.setObjectName(u"special_category_consent")

        self.special_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.special_category_consent)

        self.special_category_consent_on_label = QLabel(self.special_box)
        self.special_category_consent_on_label.setObjectName(u"special_category_consent_on_label")

        self.special_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.special_category_consent_on_label)

        self.special_category_consent_on = QDateEdit(self.special_box)
        self.special_category_consent_on.setObjectName(u"special_category_consent_on")
        self.special_category_consent_on.setCalendarPopup(True)
        self.special_category_consent_on.setDisplayFormat(u"dd/MM/yyyy")

        self.special_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.special_category_consent_on)

        self.disability = QCheckBox(self.special_box)
        self.disability.setObjectName(u"disability")

        self.special_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.disability)

        self.mental_health = QCheckBox(self.special_box)
        self.mental_health.setObjectName(u"mental_health")

        self.special_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mental_health)


        self.groups_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.special_box)

        self.tabs.addTab(self.groups_tab, "")
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

        self.buttons = QDialogButtonBox(ContactEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.gender_label.setBuddy(self.gender)
        self.birth_date_label.setBuddy(self.birth_date)
        self.birthplace_code_label.setBuddy(self.birthplace_code)
        self.tax_code_label.setBuddy(self.tax_code)
        self.citizenship_label.setBuddy(self.citizenship)
        self.residence_municipality_code_label.setBuddy(self.residence_municipality_code)
        self.address_label.setBuddy(self.address)
        self.postal_code_label.setBuddy(self.postal_code)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.education_level_label.setBuddy(self.education_level)
        self.labour_status_label.setBuddy(self.labour_status)
        self.labour_status_months_label.setBuddy(self.labour_status_months)
        self.heard_from_label.setBuddy(self.heard_from)
        self.sectors_of_interest_label.setBuddy(self.sectors_of_interest)
        self.notes_label.setBuddy(self.notes)
        self.privacy_notice_version_label.setBuddy(self.privacy_notice_version)
        self.privacy_signed_on_label.setBuddy(self.privacy_signed_on)
        self.guardian_name_label.setBuddy(self.guardian_name)
        self.special_category_consent_on_label.setBuddy(self.special_category_consent_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.gender)
        QWidget.setTabOrder(self.gender, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.birthplace_code)
        QWidget.setTabOrder(self.birthplace_code, self.tax_code)
        QWidget.setTabOrder(self.tax_code, self.fill_from_tax_code)
        QWidget.setTabOrder(self.fill_from_tax_code, self.citizenship)
        QWidget.setTabOrder(self.citizenship, self.residence_municipality_code)
        QWidget.setTabOrder(self.residence_municipality_code, self.address)
        QWidget.setTabOrder(self.address, self.postal_code)
        QWidget.setTabOrder(self.postal_code, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.education_level)
        QWidget.setTabOrder(self.education_level, self.labour_status)
        QWidget.setTabOrder(self.labour_status, self.labour_status_months)
        QWidget.setTabOrder(self.labour_status_months, self.youth_guarantee)
        QWidget.setTabOrder(self.youth_guarantee, self.heard_from)
        QWidget.setTabOrder(self.heard_from, self.sectors_of_interest)
        QWidget.setTabOrder(self.sectors_of_interest, self.notes)
        QWidget.setTabOrder(self.notes, self.privacy_notice_version)
        QWidget.setTabOrder(self.privacy_notice_version, self.privacy_signed_on)
        QWidget.setTabOrder(self.privacy_signed_on, self.consent_contact)
        QWidget.setTabOrder(self.consent_contact, self.guardian_name)
        QWidget.setTabOrder(self.guardian_name, self.guardian_consent)
        QWidget.setTabOrder(self.guardian_consent, self.caring_responsibilities)
        QWidget.setTabOrder(self.caring_responsibilities, self.minority)
        QWidget.setTabOrder(self.minority, self.asylum_or_refugee)
        QWidget.setTabOrder(self.asylum_or_refugee, self.special_category_consent)
        QWidget.setTabOrder(self.special_category_consent, self.special_category_consent_on)
        QWidget.setTabOrder(self.special_category_consent_on, self.disability)
        QWidget.setTabOrder(self.disability, self.mental_health)
        QWidget.setTabOrder(self.mental_health, self.history_view)
        QWidget.setTabOrder(self.history_view, self.open_existing)
        QWidget.setTabOrder(self.open_existing, self.buttons)

        self.retranslateUi(ContactEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ContactEditor)
    # setupUi

    def retranslateUi(self, ContactEditor):
        ContactEditor.setWindowTitle(QCoreApplication.translate("ContactEditor", u"NEET contact", None))
        self.open_existing.setText(QCoreApplication.translate("ContactEditor", u"Open &it", None))
        self.first_name_label.setText(QCoreApplication.translate("ContactEditor", u"&First name:", None))
        self.last_name_label.setText(QCoreApplication.translate("ContactEditor", u"&Last name:", None))
        self.gender_label.setText(QCoreApplication.translate("ContactEditor", u"&Gender:", None))
        self.birth_date_label.setText(QCoreApplication.translate("ContactEditor", u"&Birth date:", None))
        self.birthplace_code_label.setText(QCoreApplication.translate("ContactEditor", u"Birthpla&ce:", None))
        self.tax_code_label.setText(QCoreApplication.translate("ContactEditor", u"Codice fi&scale:", None))
        self.fill_from_tax_code.setText(QCoreApplication.translate("ContactEditor", u"Fill from the co&dice fiscale", None))
        self.citizenship_label.setText(QCoreApplication.translate("ContactEditor", u"Ci&tizenship:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.person_tab), QCoreApplication.translate("ContactEditor", u"&Person", None))
        self.residence_municipality_code_label.setText(QCoreApplication.translate("ContactEditor", u"&Municipality of residence:", None))
        self.address_label.setText(QCoreApplication.translate("ContactEditor", u"&Address:", None))
        self.postal_code_label.setText(QCoreApplication.translate("ContactEditor", u"Postal &code:", None))
        self.phone_label.setText(QCoreApplication.translate("ContactEditor", u"Ph&one:", None))
        self.email_label.setText(QCoreApplication.translate("ContactEditor", u"&E-mail:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.where_tab), QCoreApplication.translate("ContactEditor", u"&Residence and contacts", None))
        self.education_level_label.setText(QCoreApplication.translate("ContactEditor", u"Educa&tion level:", None))
        self.labour_status_label.setText(QCoreApplication.translate("ContactEditor", u"&Labour status:", None))
        self.labour_status_months_label.setText(QCoreApplication.translate("ContactEditor", u"&Months in this status:", None))
        self.youth_guarantee.setText(QCoreApplication.translate("ContactEditor", u"Registered with the Youth &Guarantee", None))
        self.heard_from_label.setText(QCoreApplication.translate("ContactEditor", u"How they hear&d of us:", None))
        self.sectors_of_interest_label.setText(QCoreApplication.translate("ContactEditor", u"&Sectors of interest:", None))
        self.notes_label.setText(QCoreApplication.translate("ContactEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.situation_tab), QCoreApplication.translate("ContactEditor", u"Sit&uation", None))
        self.privacy_notice_version_label.setText(QCoreApplication.translate("ContactEditor", u"Privacy notice &version:", None))
        self.privacy_signed_on_label.setText(QCoreApplication.translate("ContactEditor", u"Notice &signed on:", None))
        self.consent_contact.setText(QCoreApplication.translate("ContactEditor", u"&Consents to be contacted", None))
        self.guardian_name_label.setText(QCoreApplication.translate("ContactEditor", u"&Guardian (for minors):", None))
        self.guardian_consent.setText(QCoreApplication.translate("ContactEditor", u"Guardian's co&nsent signed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.privacy_tab), QCoreApplication.translate("ContactEditor", u"Privac&y", None))
        self.caring_responsibilities.setText(QCoreApplication.translate("ContactEditor", u"Caring &responsibilities (children or relatives)", None))
        self.minority.setText(QCoreApplication.translate("ContactEditor", u"Belongs to a &minority", None))
        self.asylum_or_refugee.setText(QCoreApplication.translate("ContactEditor", u"As&ylum seeker or refugee", None))
        self.long_term_unemployed_label.setText(QCoreApplication.translate("ContactEditor", u"Long-term unemployed:", None))
        self.low_skilled_label.setText(QCoreApplication.translate("ContactEditor", u"Low-skilled:", None))
        self.special_box.setTitle(QCoreApplication.translate("ContactEditor", u"Special-category data (GDPR art. 9)", None))
        self.special_note.setText(QCoreApplication.translate("ContactEditor", u"Recorded only with the person's explicit written consent. Never shown in lists, never exported unless asked for.", None))
        self.special_category_consent.setText(QCoreApplication.translate("ContactEditor", u"E&xplicit consent to special-category data", None))
        self.special_category_consent_on_label.setText(QCoreApplication.translate("ContactEditor", u"Consent given &on:", None))
        self.disability.setText(QCoreApplication.translate("ContactEditor", u"&Disability", None))
        self.mental_health.setText(QCoreApplication.translate("ContactEditor", u"Mental-&health issues", None))
        self.tabs.setTabText(self.tabs.indexOf(self.groups_tab), QCoreApplication.translate("ContactEditor", u"Vulnerable &groups", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ContactEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ContactEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ContactEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ContactEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("ContactEditor", u"&History", None))
    # retranslateUi

