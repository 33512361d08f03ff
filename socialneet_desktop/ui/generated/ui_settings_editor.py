# Generated from forms/settings_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsEditor(object):
    def setupUi(self, SettingsEditor):
        if not SettingsEditor.objectName():
            SettingsEditor.setObjectName(u"SettingsEditor")
        SettingsEditor.setMinimumSize(QSize(560, 420))
        self.main_layout = QVBoxLayout(SettingsEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.association_name_label = QLabel(SettingsEditor)
        self.association_name_label.setObjectName(u"association_name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.association_name_label)

        self.association_name = QLineEdit(SettingsEditor)
        self.association_name.setObjectName(u"association_name")
        self.association_name.setClearButtonEnabled(True)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.association_name)

        self.association_address_label = QLabel(SettingsEditor)
        self.association_address_label.setObjectName(u"association_address_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.association_address_label)

        self.association_address = QLineEdit(SettingsEditor)
        self.association_address.setObjectName(u"association_address")
        self.association_address.setClearButtonEnabled(True)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.association_address)

        self.association_tax_code_label = QLabel(SettingsEditor)
        self.association_tax_code_label.setObjectName(u"association_tax_code_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.association_tax_code_label)

        self.association_tax_code = QLineEdit(SettingsEditor)
        self.association_tax_code.setObjectName(u"association_tax_code")
        self.association_tax_code.setClearButtonEnabled(True)
        self.association_tax_code.setMaxLength(16)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.association_tax_code)

        self.association_phone_label = QLabel(SettingsEditor)
        self.association_phone_label.setObjectName(u"association_phone_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.association_phone_label)

        self.association_phone = QLineEdit(SettingsEditor)
        self.association_phone.setObjectName(u"association_phone")
        self.association_phone.setClearButtonEnabled(True)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.association_phone)

        self.association_email_label = QLabel(SettingsEditor)
        self.association_email_label.setObjectName(u"association_email_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.association_email_label)

        self.association_email = QLineEdit(SettingsEditor)
        self.association_email.setObjectName(u"association_email")
        self.association_email.setClearButtonEnabled(True)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.association_email)

        self.project_name_label = QLabel(SettingsEditor)
        self.project_name_label.setObjectName(u"project_name_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.project_name_label)

        self.project_name = QLineEdit(SettingsEditor)
        self.project_name.setObjectName(u"project_name")
        self.project_name.setClearButtonEnabled(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.project_name)

        self.project_code_label = QLabel(SettingsEditor)
        self.project_code_label.setObjectName(u"project_code_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.project_code_label)

        self.project_code = QLineEdit(SettingsEditor)
        self.project_code.setObjectName(u"project_code")
        self.project_code.setClearButtonEnabled(True)

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.project_code)

        self.funder_name_label = QLabel(SettingsEditor)
        self.funder_name_label.setObjectName(u"funder_name_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.funder_name_label)

        self.funder_name = QLineEdit(SettingsEditor)
        self.funder_name.setObjectName(u"funder_name")
        self.funder_name.setClearButtonEnabled(True)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.funder_name)

        self.privacy_notice_version_label = QLabel(SettingsEditor)
        self.privacy_notice_version_label.setObjectName(u"privacy_notice_version_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.privacy_notice_version_label)

        self.privacy_notice_version = QLineEdit(SettingsEditor)
        self.privacy_notice_version.setObjectName(u"privacy_notice_version")
        self.privacy_notice_version.setClearButtonEnabled(True)

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.privacy_notice_version)

        self.retention_months_label = QLabel(SettingsEditor)
        self.retention_months_label.setObjectName(u"retention_months_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.retention_months_label)

        self.retention_months = QSpinBox(SettingsEditor)
        self.retention_months.setObjectName(u"retention_months")
        self.retention_months.setMinimum(1)
        self.retention_months.setMaximum(240)

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.retention_months)

        self.logo_label = QLabel(SettingsEditor)
        self.logo_label.setObjectName(u"logo_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_layout = QHBoxLayout()
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_preview = QLabel(SettingsEditor)
        self.logo_preview.setObjectName(u"logo_preview")
        self.logo_preview.setMinimumSize(QSize(120, 60))
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logo_layout.addWidget(self.logo_preview)

        self.choose_logo = QPushButton(SettingsEditor)
        self.choose_logo.setObjectName(u"choose_logo")

        self.logo_layout.addWidget(self.choose_logo)

        self.remove_logo = QPushButton(SettingsEditor)
        self.remove_logo.setObjectName(u"remove_logo")

        self.logo_layout.addWidget(self.remove_logo)

        self.logo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_layout.addItem(self.logo_spacer)


        self.details_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.logo_layout)


        self.main_layout.addLayout(self.details_form)

        self.buttons = QDialogButtonBox(SettingsEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.association_name_label.setBuddy(self.association_name)
        self.association_address_label.setBuddy(self.association_address)
        self.association_tax_code_label.setBuddy(self.association_tax_code)
        self.association_phone_label.setBuddy(self.association_phone)
        self.association_email_label.setBuddy(self.association_email)
        self.project_name_label.setBuddy(self.project_name)
        self.project_code_label.setBuddy(self.project_code)
        self.funder_name_label.setBuddy(self.funder_name)
        self.privacy_notice_version_label.setBuddy(self.privacy_notice_version)
        self.retention_months_label.setBuddy(self.retention_months)
        self.logo_label.setBuddy(self.choose_logo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.association_name, self.association_address)
        QWidget.setTabOrder(self.association_address, self.association_tax_code)
        QWidget.setTabOrder(self.association_tax_code, self.association_phone)
        QWidget.setTabOrder(self.association_phone, self.association_email)
        QWidget.setTabOrder(self.association_email, self.project_name)
        QWidget.setTabOrder(self.project_name, self.project_code)
        QWidget.setTabOrder(self.project_code, self.funder_name)
        QWidget.setTabOrder(self.funder_name, self.privacy_notice_version)
        QWidget.setTabOrder(self.privacy_notice_version, self.retention_months)
        QWidget.setTabOrder(self.retention_months, self.choose_logo)
        QWidget.setTabOrder(self.choose_logo, self.remove_logo)
        QWidget.setTabOrder(self.remove_logo, self.buttons)

        self.retranslateUi(SettingsEditor)

        QMetaObject.connectSlotsByName(SettingsEditor)
    # setupUi

    def retranslateUi(self, SettingsEditor):
        SettingsEditor.setWindowTitle(QCoreApplication.translate("SettingsEditor", u"Association settings", None))
        self.association_name_label.setText(QCoreApplication.translate("SettingsEditor", u"Association &name:", None))
        self.association_address_label.setText(QCoreApplication.translate("SettingsEditor", u"&Address:", None))
        self.association_tax_code_label.setText(QCoreApplication.translate("SettingsEditor", u"&Tax code:", None))
        self.association_phone_label.setText(QCoreApplication.translate("SettingsEditor", u"&Phone:", None))
        self.association_email_label.setText(QCoreApplication.translate("SettingsEditor", u"&E-mail:", None))
        self.project_name_label.setText(QCoreApplication.translate("SettingsEditor", u"Pro&ject name:", None))
        self.project_code_label.setText(QCoreApplication.translate("SettingsEditor", u"Project &code:", None))
        self.funder_name_label.setText(QCoreApplication.translate("SettingsEditor", u"&Funder:", None))
        self.privacy_notice_version_label.setText(QCoreApplication.translate("SettingsEditor", u"Pri&vacy notice version:", None))
        self.retention_months_label.setText(QCoreApplication.translate("SettingsEditor", u"&Keep personal data for:", None))
        self.retention_months.setSuffix(QCoreApplication.translate("SettingsEditor", u" months", None))
        self.logo_label.setText(QCoreApplication.translate("SettingsEditor", u"&Logo:", None))
        self.choose_logo.setText(QCoreApplication.translate("SettingsEditor", u"C&hoose\u2026", None))
        self.remove_logo.setText(QCoreApplication.translate("SettingsEditor", u"Re&move", None))
    # retranslateUi

