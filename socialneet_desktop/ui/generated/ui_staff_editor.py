# Generated from forms/staff_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_editor.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StaffEditor(object):
    def setupUi(self, StaffEditor):
        if not StaffEditor.objectName():
            StaffEditor.setObjectName(u"StaffEditor")
        StaffEditor.setMinimumSize(QSize(460, 380))
        self.main_layout = QVBoxLayout(StaffEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(StaffEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name_label = QLabel(self.details_tab)
        self.first_name_label.setObjectName(u"first_name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(self.details_tab)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setClearButtonEnabled(True)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(self.details_tab)
        self.last_name_label.setObjectName(u"last_name_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(self.details_tab)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setClearButtonEnabled(True)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.role_label = QLabel(self.details_tab)
        self.role_label.setObjectName(u"role_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(self.details_tab)
        self.role.setObjectName(u"role")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.email_label = QLabel(self.details_tab)
        self.email_label.setObjectName(u"email_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.details_tab)
        self.email.setObjectName(u"email")
        self.email.setClearButtonEnabled(True)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(self.details_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.details_tab)
        self.phone.setObjectName(u"phone")
        self.phone.setClearButtonEnabled(True)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.active = QCheckBox(self.details_tab)
        self.active.setObjectName(u"active")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)

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

        self.buttons = QDialogButtonBox(StaffEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.role_label.setBuddy(self.role)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.role)
        QWidget.setTabOrder(self.role, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.active)
        QWidget.setTabOrder(self.active, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(StaffEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StaffEditor)
    # setupUi

    def retranslateUi(self, StaffEditor):
        StaffEditor.setWindowTitle(QCoreApplication.translate("StaffEditor", u"Staff member", None))
        self.first_name_label.setText(QCoreApplication.translate("StaffEditor", u"&First name:", None))
        self.last_name_label.setText(QCoreApplication.translate("StaffEditor", u"&Last name:", None))
        self.role_label.setText(QCoreApplication.translate("StaffEditor", u"&Role:", None))
        self.email_label.setText(QCoreApplication.translate("StaffEditor", u"&E-mail:", None))
        self.phone_label.setText(QCoreApplication.translate("StaffEditor", u"&Phone:", None))
        self.active.setText(QCoreApplication.translate("StaffEditor", u"&Active", None))
        self.notes_label.setText(QCoreApplication.translate("StaffEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("StaffEditor", u"&Details", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("StaffEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("StaffEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("StaffEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StaffEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("StaffEditor", u"&History", None))
    # retranslateUi

