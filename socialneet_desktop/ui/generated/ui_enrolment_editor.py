# Generated from forms/enrolment_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrolment_editor.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_EnrolmentEditor(object):
    def setupUi(self, EnrolmentEditor):
        if not EnrolmentEditor.objectName():
            EnrolmentEditor.setObjectName(u"EnrolmentEditor")
        EnrolmentEditor.setMinimumSize(QSize(640, 460))
        self.main_layout = QVBoxLayout(EnrolmentEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(EnrolmentEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_id_label = QLabel(self.details_tab)
        self.contact_id_label.setObjectName(u"contact_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_id_label)

        self.contact_id = QComboBox(self.details_tab)
        self.contact_id.setObjectName(u"contact_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_id)

        self.course_id_label = QLabel(self.details_tab)
        self.course_id_label.setObjectName(u"course_id_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.course_id_label)

        self.course_id = QComboBox(self.details_tab)
        self.course_id.setObjectName(u"course_id")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.course_id)

        self.enrolled_on_label = QLabel(self.details_tab)
        self.enrolled_on_label.setObjectName(u"enrolled_on_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.enrolled_on_label)

        self.enrolled_on = OptionalDateEdit(self.details_tab)
        self.enrolled_on.setObjectName(u"enrolled_on")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.enrolled_on)

        self.status_label = QLabel(self.details_tab)
        self.status_label.setObjectName(u"status_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.details_tab)
        self.status.setObjectName(u"status")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.status_date_label = QLabel(self.details_tab)
        self.status_date_label.setObjectName(u"status_date_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_date_label)

        self.status_date = OptionalDateEdit(self.details_tab)
        self.status_date.setObjectName(u"status_date")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status_date)

        self.dropout_reason_label = QLabel(self.details_tab)
        self.dropout_reason_label.setObjectName(u"dropout_reason_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dropout_reason_label)

        self.dropout_reason = QPlainTextEdit(self.details_tab)
        self.dropout_reason.setObjectName(u"dropout_reason")
        self.dropout_reason.setTabChangesFocus(True)
        self.dropout_reason.setMinimumSize(QSize(0, 50))

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dropout_reason)

        self.certificate_obtained = QCheckBox(self.details_tab)
        self.certificate_obtained.setObjectName(u"certificate_obtained")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.certificate_obtained)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 50))

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)

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

        self.buttons = QDialogButtonBox(EnrolmentEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_id_label.setBuddy(self.contact_id)
        self.course_id_label.setBuddy(self.course_id)
        self.enrolled_on_label.setBuddy(self.enrolled_on)
        self.status_label.setBuddy(self.status)
        self.status_date_label.setBuddy(self.status_date)
        self.dropout_reason_label.setBuddy(self.dropout_reason)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.contact_id)
        QWidget.setTabOrder(self.contact_id, self.course_id)
        QWidget.setTabOrder(self.course_id, self.enrolled_on)
        QWidget.setTabOrder(self.enrolled_on, self.status)
        QWidget.setTabOrder(self.status, self.status_date)
        QWidget.setTabOrder(self.status_date, self.dropout_reason)
        QWidget.setTabOrder(self.dropout_reason, self.certificate_obtained)
        QWidget.setTabOrder(self.certificate_obtained, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(EnrolmentEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EnrolmentEditor)
    # setupUi

    def retranslateUi(self, EnrolmentEditor):
        EnrolmentEditor.setWindowTitle(QCoreApplication.translate("EnrolmentEditor", u"Enrolment", None))
        self.contact_id_label.setText(QCoreApplication.translate("EnrolmentEditor", u"&Person:", None))
        self.course_id_label.setText(QCoreApplication.translate("EnrolmentEditor", u"&Course:", None))
        self.enrolled_on_label.setText(QCoreApplication.translate("EnrolmentEditor", u"&Enrolled on:", None))
        self.status_label.setText(QCoreApplication.translate("EnrolmentEditor", u"&Status:", None))
        self.status_date_label.setText(QCoreApplication.translate("EnrolmentEditor", u"&Date of the status:", None))
        self.dropout_reason_label.setText(QCoreApplication.translate("EnrolmentEditor", u"&Reason:", None))
        self.certificate_obtained.setText(QCoreApplication.translate("EnrolmentEditor", u"Certificate &obtained", None))
        self.notes_label.setText(QCoreApplication.translate("EnrolmentEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("EnrolmentEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("EnrolmentEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EnrolmentEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EnrolmentEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EnrolmentEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("EnrolmentEditor", u"&History", None))
    # retranslateUi

