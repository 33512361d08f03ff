# Generated from forms/activity_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_editor.ui'
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

class Ui_ActivityEditor(object):
    def setupUi(self, ActivityEditor):
        if not ActivityEditor.objectName():
            ActivityEditor.setObjectName(u"ActivityEditor")
        ActivityEditor.setMinimumSize(QSize(760, 520))
        self.main_layout = QVBoxLayout(ActivityEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(ActivityEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code_label = QLabel(self.details_tab)
        self.code_label.setObjectName(u"code_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(self.details_tab)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(20)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.title_label = QLabel(self.details_tab)
        self.title_label.setObjectName(u"title_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.details_tab)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.work_area_label = QLabel(self.details_tab)
        self.work_area_label.setObjectName(u"work_area_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.work_area_label)

        self.work_area = QComboBox(self.details_tab)
        self.work_area.setObjectName(u"work_area")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.work_area)

        self.period_start_label = QLabel(self.details_tab)
        self.period_start_label.setObjectName(u"period_start_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.period_start_label)

        self.period_start = OptionalDateEdit(self.details_tab)
        self.period_start.setObjectName(u"period_start")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.period_start)

        self.period_end_label = QLabel(self.details_tab)
        self.period_end_label.setObjectName(u"period_end_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.period_end_label)

        self.period_end = OptionalDateEdit(self.details_tab)
        self.period_end.setObjectName(u"period_end")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.period_end)

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

        self.buttons = QDialogButtonBox(ActivityEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code)
        self.title_label.setBuddy(self.title)
        self.work_area_label.setBuddy(self.work_area)
        self.period_start_label.setBuddy(self.period_start)
        self.period_end_label.setBuddy(self.period_end)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.code)
        QWidget.setTabOrder(self.code, self.title)
        QWidget.setTabOrder(self.title, self.work_area)
        QWidget.setTabOrder(self.work_area, self.period_start)
        QWidget.setTabOrder(self.period_start, self.period_end)
        QWidget.setTabOrder(self.period_end, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(ActivityEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ActivityEditor)
    # setupUi

    def retranslateUi(self, ActivityEditor):
        ActivityEditor.setWindowTitle(QCoreApplication.translate("ActivityEditor", u"Project activity", None))
        self.code_label.setText(QCoreApplication.translate("ActivityEditor", u"&Code:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("ActivityEditor", u"2.3.8", None))
        self.title_label.setText(QCoreApplication.translate("ActivityEditor", u"&Title:", None))
        self.work_area_label.setText(QCoreApplication.translate("ActivityEditor", u"&Work area:", None))
        self.period_start_label.setText(QCoreApplication.translate("ActivityEditor", u"&From:", None))
        self.period_end_label.setText(QCoreApplication.translate("ActivityEditor", u"T&o:", None))
        self.notes_label.setText(QCoreApplication.translate("ActivityEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("ActivityEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ActivityEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ActivityEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ActivityEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ActivityEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("ActivityEditor", u"&History", None))
    # retranslateUi

