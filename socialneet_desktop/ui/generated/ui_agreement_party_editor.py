# Generated from forms/agreement_party_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_party_editor.ui'
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
    QLineEdit, QSizePolicy, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_AgreementPartyEditor(object):
    def setupUi(self, AgreementPartyEditor):
        if not AgreementPartyEditor.objectName():
            AgreementPartyEditor.setObjectName(u"AgreementPartyEditor")
        AgreementPartyEditor.setMinimumSize(QSize(600, 360))
        self.main_layout = QVBoxLayout(AgreementPartyEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(AgreementPartyEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organization_id_label = QLabel(self.details_tab)
        self.organization_id_label.setObjectName(u"organization_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organization_id_label)

        self.organization_id = QComboBox(self.details_tab)
        self.organization_id.setObjectName(u"organization_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organization_id)

        self.role_label = QLabel(self.details_tab)
        self.role_label.setObjectName(u"role_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QLineEdit(self.details_tab)
        self.role.setObjectName(u"role")
        self.role.setMaxLength(120)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

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

        self.buttons = QDialogButtonBox(AgreementPartyEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organization_id_label.setBuddy(self.organization_id)
        self.role_label.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.organization_id)
        QWidget.setTabOrder(self.organization_id, self.role)
        QWidget.setTabOrder(self.role, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(AgreementPartyEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AgreementPartyEditor)
    # setupUi

    def retranslateUi(self, AgreementPartyEditor):
        AgreementPartyEditor.setWindowTitle(QCoreApplication.translate("AgreementPartyEditor", u"Party to an agreement", None))
        self.organization_id_label.setText(QCoreApplication.translate("AgreementPartyEditor", u"&Organisation:", None))
        self.role_label.setText(QCoreApplication.translate("AgreementPartyEditor", u"&Role:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("AgreementPartyEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("AgreementPartyEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AgreementPartyEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AgreementPartyEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AgreementPartyEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("AgreementPartyEditor", u"&History", None))
    # retranslateUi

