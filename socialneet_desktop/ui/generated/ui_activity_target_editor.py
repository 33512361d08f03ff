# Generated from forms/activity_target_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_target_editor.ui'
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
    QPlainTextEdit, QProgressBar, QSizePolicy, QSpinBox,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_ActivityTargetEditor(object):
    def setupUi(self, ActivityTargetEditor):
        if not ActivityTargetEditor.objectName():
            ActivityTargetEditor.setObjectName(u"ActivityTargetEditor")
        ActivityTargetEditor.setMinimumSize(QSize(640, 420))
        self.main_layout = QVBoxLayout(ActivityTargetEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(ActivityTargetEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.activity_id_label = QLabel(self.details_tab)
        self.activity_id_label.setObjectName(u"activity_id_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activity_id_label)

        self.activity_id = QComboBox(self.details_tab)
        self.activity_id.setObjectName(u"activity_id")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.activity_id)

        self.indicator_label = QLabel(self.details_tab)
        self.indicator_label.setObjectName(u"indicator_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.indicator_label)

        self.indicator = QComboBox(self.details_tab)
        self.indicator.setObjectName(u"indicator")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.indicator)

        self.target_label = QLabel(self.details_tab)
        self.target_label.setObjectName(u"target_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target = QSpinBox(self.details_tab)
        self.target.setObjectName(u"target")
        self.target.setMaximum(1000000)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target)

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

        self.achieved_label = QLabel(self.details_tab)
        self.achieved_label.setObjectName(u"achieved_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.achieved_label)

        self.achieved = QProgressBar(self.details_tab)
        self.achieved.setObjectName(u"achieved")
        self.achieved.setValue(0)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.achieved)

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

        self.buttons = QDialogButtonBox(ActivityTargetEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.activity_id_label.setBuddy(self.activity_id)
        self.indicator_label.setBuddy(self.indicator)
        self.target_label.setBuddy(self.target)
        self.period_start_label.setBuddy(self.period_start)
        self.period_end_label.setBuddy(self.period_end)
        self.achieved_label.setBuddy(self.achieved)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.activity_id)
        QWidget.setTabOrder(self.activity_id, self.indicator)
        QWidget.setTabOrder(self.indicator, self.target)
        QWidget.setTabOrder(self.target, self.period_start)
        QWidget.setTabOrder(self.period_start, self.period_end)
        QWidget.setTabOrder(self.period_end, self.achieved)
        QWidget.setTabOrder(self.achieved, self.notes)
        QWidget.setTabOrder(self.notes, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(ActivityTargetEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ActivityTargetEditor)
    # setupUi

    def retranslateUi(self, ActivityTargetEditor):
        ActivityTargetEditor.setWindowTitle(QCoreApplication.translate("ActivityTargetEditor", u"Target of an activity", None))
        self.activity_id_label.setText(QCoreApplication.translate("ActivityTargetEditor", u"&Activity:", None))
        self.indicator_label.setText(QCoreApplication.translate("ActivityTargetEditor", u"&Indicator:", None))
        self.target_label.setText(QCoreApplication.translate("ActivityTargetEditor", u"&Target:", None))
        self.period_start_label.setText(QCoreApplication.translate("ActivityTargetEditor", u"&From:", None))
        self.period_end_label.setText(QCoreApplication.translate("ActivityTargetEditor", u"T&o:", None))
        self.achieved_label.setText(QCoreApplication.translate("ActivityTargetEditor", u"Achieved so far:", None))
        self.notes_label.setText(QCoreApplication.translate("ActivityTargetEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("ActivityTargetEditor", u"Detai&ls", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ActivityTargetEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ActivityTargetEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ActivityTargetEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ActivityTargetEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("ActivityTargetEditor", u"&History", None))
    # retranslateUi

