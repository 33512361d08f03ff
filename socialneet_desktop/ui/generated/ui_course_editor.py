# Generated from forms/course_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_editor.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import OptionalDateEdit

class Ui_CourseEditor(object):
    def setupUi(self, CourseEditor):
        if not CourseEditor.objectName():
            CourseEditor.setObjectName(u"CourseEditor")
        CourseEditor.setMinimumSize(QSize(1040, 560))
        self.main_layout = QVBoxLayout(CourseEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(CourseEditor)
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

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.sector_label = QLabel(self.details_tab)
        self.sector_label.setObjectName(u"sector_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector = QComboBox(self.details_tab)
        self.sector.setObjectName(u"sector")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sector)

        self.provider_organization_id_label = QLabel(self.details_tab)
        self.provider_organization_id_label.setObjectName(u"provider_organization_id_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.provider_organization_id_label)

        self.provider_organization_id = QComboBox(self.details_tab)
        self.provider_organization_id.setObjectName(u"provider_organization_id")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provider_organization_id)

        self.venue_label = QLabel(self.details_tab)
        self.venue_label.setObjectName(u"venue_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue = QLineEdit(self.details_tab)
        self.venue.setObjectName(u"venue")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venue)

        self.start_date_label = QLabel(self.details_tab)
        self.start_date_label.setObjectName(u"start_date_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = OptionalDateEdit(self.details_tab)
        self.start_date.setObjectName(u"start_date")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(self.details_tab)
        self.end_date_label.setObjectName(u"end_date_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = OptionalDateEdit(self.details_tab)
        self.end_date.setObjectName(u"end_date")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.hours_planned_label = QLabel(self.details_tab)
        self.hours_planned_label.setObjectName(u"hours_planned_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hours_planned_label)

        self.hours_planned = QDoubleSpinBox(self.details_tab)
        self.hours_planned.setObjectName(u"hours_planned")
        self.hours_planned.setDecimals(1)
        self.hours_planned.setMaximum(9999.000000000000000)

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hours_planned)

        self.trainer_label = QLabel(self.details_tab)
        self.trainer_label.setObjectName(u"trainer_label")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.trainer_label)

        self.trainer = QLineEdit(self.details_tab)
        self.trainer.setObjectName(u"trainer")

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.trainer)

        self.capacity_label = QLabel(self.details_tab)
        self.capacity_label.setObjectName(u"capacity_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.capacity_label)

        self.capacity = QSpinBox(self.details_tab)
        self.capacity.setObjectName(u"capacity")
        self.capacity.setMaximum(999)

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.capacity)

        self.minimum_attendance_percent_label = QLabel(self.details_tab)
        self.minimum_attendance_percent_label.setObjectName(u"minimum_attendance_percent_label")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.minimum_attendance_percent_label)

        self.minimum_attendance_percent = QSpinBox(self.details_tab)
        self.minimum_attendance_percent.setObjectName(u"minimum_attendance_percent")
        self.minimum_attendance_percent.setMaximum(100)
        self.minimum_attendance_percent.setValue(70)

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.minimum_attendance_percent)

        self.activity_id_label = QLabel(self.details_tab)
        self.activity_id_label.setObjectName(u"activity_id_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.activity_id_label)

        self.activity_id = QComboBox(self.details_tab)
        self.activity_id.setObjectName(u"activity_id")

        self.details_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.activity_id)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 50))

        self.details_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.details_tab, "")
        self.sessions_tab = QWidget()
        self.sessions_tab.setObjectName(u"sessions_tab")
        self.sessions_layout = QVBoxLayout(self.sessions_tab)
        self.sessions_layout.setObjectName(u"sessions_layout")
        self.sessions_hint = QLabel(self.sessions_tab)
        self.sessions_hint.setObjectName(u"sessions_hint")
        self.sessions_hint.setWordWrap(True)

        self.sessions_layout.addWidget(self.sessions_hint)

        self.sessions_table = QTableWidget(self.sessions_tab)
        if (self.sessions_table.columnCount() < 4):
            self.sessions_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.sessions_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.sessions_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.sessions_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.sessions_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.sessions_table.setObjectName(u"sessions_table")

        self.sessions_layout.addWidget(self.sessions_table)

        self.sessions_buttons = QHBoxLayout()
        self.sessions_buttons.setObjectName(u"sessions_buttons")
        self.remove_session = QPushButton(self.sessions_tab)
        self.remove_session.setObjectName(u"remove_session")
        self.remove_session.setAutoDefault(False)

        self.sessions_buttons.addWidget(self.remove_session)

        self.sessions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessions_buttons.addItem(self.sessions_spacer)


        self.sessions_layout.addLayout(self.sessions_buttons)

        self.tabs.addTab(self.sessions_tab, "")
        self.attendance_tab = QWidget()
        self.attendance_tab.setObjectName(u"attendance_tab")
        self.attendance_layout = QVBoxLayout(self.attendance_tab)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.attendance_hint = QLabel(self.attendance_tab)
        self.attendance_hint.setObjectName(u"attendance_hint")
        self.attendance_hint.setWordWrap(True)

        self.attendance_layout.addWidget(self.attendance_hint)

        self.tabs.addTab(self.attendance_tab, "")
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

        self.buttons = QDialogButtonBox(CourseEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.sector_label.setBuddy(self.sector)
        self.provider_organization_id_label.setBuddy(self.provider_organization_id)
        self.venue_label.setBuddy(self.venue)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.hours_planned_label.setBuddy(self.hours_planned)
        self.trainer_label.setBuddy(self.trainer)
        self.capacity_label.setBuddy(self.capacity)
        self.minimum_attendance_percent_label.setBuddy(self.minimum_attendance_percent)
        self.activity_id_label.setBuddy(self.activity_id)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.sector)
        QWidget.setTabOrder(self.sector, self.provider_organization_id)
        QWidget.setTabOrder(self.provider_organization_id, self.venue)
        QWidget.setTabOrder(self.venue, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.hours_planned)
        QWidget.setTabOrder(self.hours_planned, self.trainer)
        QWidget.setTabOrder(self.trainer, self.capacity)
        QWidget.setTabOrder(self.capacity, self.minimum_attendance_percent)
        QWidget.setTabOrder(self.minimum_attendance_percent, self.activity_id)
        QWidget.setTabOrder(self.activity_id, self.notes)
        QWidget.setTabOrder(self.notes, self.sessions_table)
        QWidget.setTabOrder(self.sessions_table, self.remove_session)
        QWidget.setTabOrder(self.remove_session, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(CourseEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CourseEditor)
    # setupUi

    def retranslateUi(self, CourseEditor):
        CourseEditor.setWindowTitle(QCoreApplication.translate("CourseEditor", u"Training course", None))
        self.title_label.setText(QCoreApplication.translate("CourseEditor", u"&Title:", None))
        self.sector_label.setText(QCoreApplication.translate("CourseEditor", u"Sec&tor:", None))
        self.provider_organization_id_label.setText(QCoreApplication.translate("CourseEditor", u"&Provider:", None))
        self.venue_label.setText(QCoreApplication.translate("CourseEditor", u"&Venue:", None))
        self.start_date_label.setText(QCoreApplication.translate("CourseEditor", u"&Start date:", None))
        self.end_date_label.setText(QCoreApplication.translate("CourseEditor", u"&End date:", None))
        self.hours_planned_label.setText(QCoreApplication.translate("CourseEditor", u"Hours &planned:", None))
        self.hours_planned.setSpecialValueText(QCoreApplication.translate("CourseEditor", u"\u2014", None))
        self.trainer_label.setText(QCoreApplication.translate("CourseEditor", u"T&rainer:", None))
        self.capacity_label.setText(QCoreApplication.translate("CourseEditor", u"Pla&ces:", None))
        self.capacity.setSpecialValueText(QCoreApplication.translate("CourseEditor", u"\u2014", None))
        self.minimum_attendance_percent_label.setText(QCoreApplication.translate("CourseEditor", u"&Minimum attendance %:", None))
        self.activity_id_label.setText(QCoreApplication.translate("CourseEditor", u"Project &activity:", None))
        self.notes_label.setText(QCoreApplication.translate("CourseEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("CourseEditor", u"Detai&ls", None))
        self.sessions_hint.setText(QCoreApplication.translate("CourseEditor", u"One row a session: date, start, end, topic. Type in the empty last row to add one; Delete removes the chosen rows.", None))
        ___qtablewidgetitem = self.sessions_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CourseEditor", u"Date", None))
        ___qtablewidgetitem1 = self.sessions_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CourseEditor", u"Start", None))
        ___qtablewidgetitem2 = self.sessions_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CourseEditor", u"End", None))
        ___qtablewidgetitem3 = self.sessions_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CourseEditor", u"Topic", None))
        self.remove_session.setText(QCoreApplication.translate("CourseEditor", u"&Remove session", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sessions_tab), QCoreApplication.translate("CourseEditor", u"Sess&ions", None))
        self.attendance_hint.setText(QCoreApplication.translate("CourseEditor", u"Space: present / absent; J: justified; Delete: not recorded; arrows move. Type a number to change the hours of a present cell.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendance_tab), QCoreApplication.translate("CourseEditor", u"&Attendance", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CourseEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CourseEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CourseEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CourseEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("CourseEditor", u"&History", None))
    # retranslateUi

