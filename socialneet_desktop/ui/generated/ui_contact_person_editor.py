# Generated from forms/contact_person_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_person_editor.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactPersonEditor(object):
    def setupUi(self, ContactPersonEditor):
        if not ContactPersonEditor.objectName():
            ContactPersonEditor.setObjectName(u"ContactPersonEditor")
        ContactPersonEditor.setMinimumSize(QSize(500, 340))
        self.main_layout = QVBoxLayout(ContactPersonEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name_label = QLabel(ContactPersonEditor)
        self.first_name_label.setObjectName(u"first_name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(ContactPersonEditor)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setClearButtonEnabled(True)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(ContactPersonEditor)
        self.last_name_label.setObjectName(u"last_name_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(ContactPersonEditor)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setClearButtonEnabled(True)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.role_label = QLabel(ContactPersonEditor)
        self.role_label.setObjectName(u"role_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QLineEdit(ContactPersonEditor)
        self.role.setObjectName(u"role")
        self.role.setClearButtonEnabled(True)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.phone_label = QLabel(ContactPersonEditor)
        self.phone_label.setObjectName(u"phone_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(ContactPersonEditor)
        self.phone.setObjectName(u"phone")
        self.phone.setClearButtonEnabled(True)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(ContactPersonEditor)
        self.email_label.setObjectName(u"email_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(ContactPersonEditor)
        self.email.setObjectName(u"email")
        self.email.setClearButtonEnabled(True)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.notes_label = QLabel(ContactPersonEditor)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(ContactPersonEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.main_layout.addLayout(self.details_form)

        self.buttons = QDialogButtonBox(ContactPersonEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.role_label.setBuddy(self.role)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.role)
        QWidget.setTabOrder(self.role, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.notes)
        QWidget.setTabOrder(self.notes, self.buttons)

        self.retranslateUi(ContactPersonEditor)

        QMetaObject.connectSlotsByName(ContactPersonEditor)
    # setupUi

    def retranslateUi(self, ContactPersonEditor):
        ContactPersonEditor.setWindowTitle(QCoreApplication.translate("ContactPersonEditor", u"Contact person", None))
        self.first_name_label.setText(QCoreApplication.translate("ContactPersonEditor", u"&First name:", None))
        self.last_name_label.setText(QCoreApplication.translate("ContactPersonEditor", u"&Last name:", None))
        self.role_label.setText(QCoreApplication.translate("ContactPersonEditor", u"&Role:", None))
        self.phone_label.setText(QCoreApplication.translate("ContactPersonEditor", u"&Phone:", None))
        self.email_label.setText(QCoreApplication.translate("ContactPersonEditor", u"&E-mail:", None))
        self.notes_label.setText(QCoreApplication.translate("ContactPersonEditor", u"N&otes:", None))
    # retranslateUi

