# Generated from forms/agreement_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_editor.ui'
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
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_AgreementEditor(object):
    def setupUi(self, AgreementEditor):
        if not AgreementEditor.objectName():
            AgreementEditor.setObjectName(u"AgreementEditor")
        AgreementEditor.setMinimumSize(QSize(780, 520))
        self.main_layout = QVBoxLayout(AgreementEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(AgreementEditor)
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
        self.title.setMaxLength(300)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.agreement_kind_label = QLabel(self.details_tab)
        self.agreement_kind_label.setObjectName(u"agreement_kind_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agreement_kind_label)

        self.agreement_kind = QComboBox(self.details_tab)
        self.agreement_kind.setObjectName(u"agreement_kind")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agreement_kind)

        self.signed_on_label = QLabel(self.details_tab)
        self.signed_on_label.setObjectName(u"signed_on_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signed_on_label)

        self.signed_on = OptionalDateEdit(self.details_tab)
        self.signed_on.setObjectName(u"signed_on")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signed_on)

        self.valid_until_label = QLabel(self.details_tab)
        self.valid_until_label.setObjectName(u"valid_until_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valid_until_label)

        self.valid_until = OptionalDateEdit(self.details_tab)
        self.valid_until.setObjectName(u"valid_until")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valid_until)

        self.document_name_label = QLabel(self.details_tab)
        self.document_name_label.setObjectName(u"document_name_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.document_name_label)

        self.document_name = QLineEdit(self.details_tab)
        self.document_name.setObjectName(u"document_name")
        self.document_name.setMaxLength(200)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.document_name)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)

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

        self.buttons = QDialogButtonBox(AgreementEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.agreement_kind_label.setBuddy(self.agreement_kind)
        self.signed_on_label.setBuddy(self.signed_on)
        self.valid_until_label.setBuddy(self.valid_until)
        self.document_name_label.setBuddy(self.document_name)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.agreement_kind)
        QWidget.setTabOrder(self.agreement_kind, self.signed_on)
        QWidget.setTabOrder(self.signed_on, self.valid_until)
        QWidget.setTabOrder(self.valid_until, self.document_name)
        QWidget.setTabOrder(self.document_name, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(AgreementEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AgreementEditor)
    # setupUi

    def retranslateUi(self, AgreementEditor):
        AgreementEditor.setWindowTitle(QCoreApplication.translate("AgreementEditor", u"Agreement", None))
        self.title_label.setText(QCoreApplication.translate("AgreementEditor", u"&Title:", None))
        self.agreement_kind_label.setText(QCoreApplication.translate("AgreementEditor", u"&Kind:", None))
        self.signed_on_label.setText(QCoreApplication.translate("AgreementEditor", u"&Signed on:", None))
        self.valid_until_label.setText(QCoreApplication.translate("AgreementEditor", u"&Valid until:", None))
        self.document_name_label.setText(QCoreApplication.translate("AgreementEditor", u"&Document:", None))
        self.notes_label.setText(QCoreApplication.translate("AgreementEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("AgreementEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("AgreementEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AgreementEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AgreementEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AgreementEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("AgreementEditor", u"&History", None))
    # retranslateUi

