# Generated from forms/mentor_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentor_editor.ui'
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

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_MentorEditor(object):
    def setupUi(self, MentorEditor):
        if not MentorEditor.objectName():
            MentorEditor.setObjectName(u"MentorEditor")
        MentorEditor.setMinimumSize(QSize(640, 480))
        self.main_layout = QVBoxLayout(MentorEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(MentorEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.staff_id_label = QLabel(self.details_tab)
        self.staff_id_label.setObjectName(u"staff_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staff_id_label)

        self.staff_id = QComboBox(self.details_tab)
        self.staff_id.setObjectName(u"staff_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staff_id)

        self.organization_id_label = QLabel(self.details_tab)
        self.organization_id_label.setObjectName(u"organization_id_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organization_id_label)

        self.organization_id = QComboBox(self.details_tab)
        self.organization_id.setObjectName(u"organization_id")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organization_id)

        self.contact_person_id_label = QLabel(self.details_tab)
        self.contact_person_id_label.setObjectName(u"contact_person_id_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_person_id_label)

        self.contact_person_id = QComboBox(self.details_tab)
        self.contact_person_id.setObjectName(u"contact_person_id")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_person_id)

        self.trained_on_label = QLabel(self.details_tab)
        self.trained_on_label.setObjectName(u"trained_on_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.trained_on_label)

        self.trained_on = OptionalDateEdit(self.details_tab)
        self.trained_on.setObjectName(u"trained_on")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.trained_on)

        self.availability_label = QLabel(self.details_tab)
        self.availability_label.setObjectName(u"availability_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.availability_label)

        self.availability = QLineEdit(self.details_tab)
        self.availability.setObjectName(u"availability")
        self.availability.setMaxLength(200)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.availability)

        self.active = QCheckBox(self.details_tab)
        self.active.setObjectName(u"active")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

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

        self.buttons = QDialogButtonBox(MentorEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.staff_id_label.setBuddy(self.staff_id)
        self.organization_id_label.setBuddy(self.organization_id)
        self.contact_person_id_label.setBuddy(self.contact_person_id)
        self.trained_on_label.setBuddy(self.trained_on)
        self.availability_label.setBuddy(self.availability)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.staff_id)
        QWidget.setTabOrder(self.staff_id, self.organization_id)
        QWidget.setTabOrder(self.organization_id, self.contact_person_id)
        QWidget.setTabOrder(self.contact_person_id, self.trained_on)
        QWidget.setTabOrder(self.trained_on, self.availability)
        QWidget.setTabOrder(self.availability, self.active)
        QWidget.setTabOrder(self.active, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(MentorEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MentorEditor)
    # setupUi

    def retranslateUi(self, MentorEditor):
        MentorEditor.setWindowTitle(QCoreApplication.translate("MentorEditor", u"Mentor", None))
        self.staff_id_label.setText(QCoreApplication.translate("MentorEditor", u"&Staff member:", None))
        self.organization_id_label.setText(QCoreApplication.translate("MentorEditor", u"Or&ganisation:", None))
        self.contact_person_id_label.setText(QCoreApplication.translate("MentorEditor", u"&Person of the organisation:", None))
        self.trained_on_label.setText(QCoreApplication.translate("MentorEditor", u"&Trained on:", None))
        self.availability_label.setText(QCoreApplication.translate("MentorEditor", u"A&vailability:", None))
        self.active.setText(QCoreApplication.translate("MentorEditor", u"A&ctive", None))
        self.notes_label.setText(QCoreApplication.translate("MentorEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("MentorEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MentorEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MentorEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MentorEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MentorEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("MentorEditor", u"&History", None))
    # retranslateUi

