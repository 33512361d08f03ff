# Generated from forms/coop_tie_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coop_tie_editor.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_CoopTieEditor(object):
    def setupUi(self, CoopTieEditor):
        if not CoopTieEditor.objectName():
            CoopTieEditor.setObjectName(u"CoopTieEditor")
        CoopTieEditor.setMinimumSize(QSize(640, 480))
        self.main_layout = QVBoxLayout(CoopTieEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(CoopTieEditor)
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

        self.information_label = QLabel(self.details_tab)
        self.information_label.setObjectName(u"information_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.information_label)

        self.information = QCheckBox(self.details_tab)
        self.information.setObjectName(u"information")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.information)

        self.referral_label = QLabel(self.details_tab)
        self.referral_label.setObjectName(u"referral_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referral_label)

        self.referral = QCheckBox(self.details_tab)
        self.referral.setObjectName(u"referral")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referral)

        self.joint_project_label = QLabel(self.details_tab)
        self.joint_project_label.setObjectName(u"joint_project_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.joint_project_label)

        self.joint_project = QCheckBox(self.details_tab)
        self.joint_project.setObjectName(u"joint_project")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.joint_project)

        self.shared_resources_label = QLabel(self.details_tab)
        self.shared_resources_label.setObjectName(u"shared_resources_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.shared_resources_label)

        self.shared_resources = QCheckBox(self.details_tab)
        self.shared_resources.setObjectName(u"shared_resources")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.shared_resources)

        self.formal_agreement_label = QLabel(self.details_tab)
        self.formal_agreement_label.setObjectName(u"formal_agreement_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formal_agreement_label)

        self.formal_agreement = QCheckBox(self.details_tab)
        self.formal_agreement.setObjectName(u"formal_agreement")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formal_agreement)

        self.intensity_label = QLabel(self.details_tab)
        self.intensity_label.setObjectName(u"intensity_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.intensity_label)

        self.intensity = QSpinBox(self.details_tab)
        self.intensity.setObjectName(u"intensity")
        self.intensity.setMinimum(1)
        self.intensity.setMaximum(4)

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.intensity)

        self.since_year_label = QLabel(self.details_tab)
        self.since_year_label.setObjectName(u"since_year_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.since_year_label)

        self.since_year = QSpinBox(self.details_tab)
        self.since_year.setObjectName(u"since_year")
        self.since_year.setMinimum(1899)
        self.since_year.setMaximum(2100)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.since_year)

        self.trust_label = QLabel(self.details_tab)
        self.trust_label.setObjectName(u"trust_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.trust_label)

        self.trust = QSpinBox(self.details_tab)
        self.trust.setObjectName(u"trust")
        self.trust.setMinimum(0)
        self.trust.setMaximum(4)

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.trust)

        self.value_label = QLabel(self.details_tab)
        self.value_label.setObjectName(u"value_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.value_label)

        self.value = QSpinBox(self.details_tab)
        self.value.setObjectName(u"value")
        self.value.setMinimum(0)
        self.value.setMaximum(4)

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.value)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLineEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setMaxLength(300)

        self.details_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)

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

        self.buttons = QDialogButtonBox(CoopTieEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organization_id_label.setBuddy(self.organization_id)
        self.information_label.setBuddy(self.information)
        self.referral_label.setBuddy(self.referral)
        self.joint_project_label.setBuddy(self.joint_project)
        self.shared_resources_label.setBuddy(self.shared_resources)
        self.formal_agreement_label.setBuddy(self.formal_agreement)
        self.intensity_label.setBuddy(self.intensity)
        self.since_year_label.setBuddy(self.since_year)
        self.trust_label.setBuddy(self.trust)
        self.value_label.setBuddy(self.value)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.organization_id)
        QWidget.setTabOrder(self.organization_id, self.information)
        QWidget.setTabOrder(self.information, self.referral)
        QWidget.setTabOrder(self.referral, self.joint_project)
        QWidget.setTabOrder(self.joint_project, self.shared_resources)
        QWidget.setTabOrder(self.shared_resources, self.formal_agreement)
        QWidget.setTabOrder(self.formal_agreement, self.intensity)
        QWidget.setTabOrder(self.intensity, self.since_year)
        QWidget.setTabOrder(self.since_year, self.trust)
        QWidget.setTabOrder(self.trust, self.value)
        QWidget.setTabOrder(self.value, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(CoopTieEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CoopTieEditor)
    # setupUi

    def retranslateUi(self, CoopTieEditor):
        CoopTieEditor.setWindowTitle(QCoreApplication.translate("CoopTieEditor", u"Organisation named in a questionnaire", None))
        self.organization_id_label.setText(QCoreApplication.translate("CoopTieEditor", u"&Organisation named:", None))
        self.information_label.setText(QCoreApplication.translate("CoopTieEditor", u"Relations:", None))
        self.information.setText(QCoreApplication.translate("CoopTieEditor", u"Exchange of &information", None))
        self.referral_label.setText("")
        self.referral.setText(QCoreApplication.translate("CoopTieEditor", u"&Referral of young people", None))
        self.joint_project_label.setText("")
        self.joint_project.setText(QCoreApplication.translate("CoopTieEditor", u"&Joint project", None))
        self.shared_resources_label.setText("")
        self.shared_resources.setText(QCoreApplication.translate("CoopTieEditor", u"&Shared resources or premises", None))
        self.formal_agreement_label.setText("")
        self.formal_agreement.setText(QCoreApplication.translate("CoopTieEditor", u"&Formal agreement / memorandum", None))
        self.intensity_label.setText(QCoreApplication.translate("CoopTieEditor", u"In&tensity (1-4):", None))
        self.since_year_label.setText(QCoreApplication.translate("CoopTieEditor", u"Si&nce (year):", None))
        self.since_year.setSpecialValueText(QCoreApplication.translate("CoopTieEditor", u"\u2014", None))
        self.trust_label.setText(QCoreApplication.translate("CoopTieEditor", u"Tr&ust (1-4):", None))
        self.trust.setSpecialValueText(QCoreApplication.translate("CoopTieEditor", u"\u2014", None))
        self.value_label.setText(QCoreApplication.translate("CoopTieEditor", u"&Value (1-4):", None))
        self.value.setSpecialValueText(QCoreApplication.translate("CoopTieEditor", u"\u2014", None))
        self.notes_label.setText(QCoreApplication.translate("CoopTieEditor", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("CoopTieEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CoopTieEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CoopTieEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CoopTieEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CoopTieEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("CoopTieEditor", u"&History", None))
    # retranslateUi

