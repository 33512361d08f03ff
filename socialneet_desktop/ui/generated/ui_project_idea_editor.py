# Generated from forms/project_idea_editor.ui by tools/build_forms.py: do not edit, edit the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_idea_editor.ui'
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
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

from socialneet_desktop.ui.editors.widgets import (OptionalDateEdit, TimeEdit)

class Ui_ProjectIdeaEditor(object):
    def setupUi(self, ProjectIdeaEditor):
        if not ProjectIdeaEditor.objectName():
            ProjectIdeaEditor.setObjectName(u"ProjectIdeaEditor")
        ProjectIdeaEditor.setMinimumSize(QSize(720, 640))
        self.main_layout = QVBoxLayout(ProjectIdeaEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(ProjectIdeaEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_tab_layout = QVBoxLayout(self.details_tab)
        self.details_tab_layout.setObjectName(u"details_tab_layout")
        self.details_tab_form = QFormLayout()
        self.details_tab_form.setObjectName(u"details_tab_form")
        self.details_tab_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(self.details_tab)
        self.title_label.setObjectName(u"title_label")

        self.details_tab_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.details_tab)
        self.title.setObjectName(u"title")

        self.details_tab_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.sector_label = QLabel(self.details_tab)
        self.sector_label.setObjectName(u"sector_label")

        self.details_tab_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector = QComboBox(self.details_tab)
        self.sector.setObjectName(u"sector")

        self.details_tab_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sector)

        self.description_label = QLabel(self.details_tab)
        self.description_label.setObjectName(u"description_label")

        self.details_tab_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.details_tab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 60))

        self.details_tab_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.mentor_id_label = QLabel(self.details_tab)
        self.mentor_id_label.setObjectName(u"mentor_id_label")

        self.details_tab_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mentor_id_label)

        self.mentor_id = QComboBox(self.details_tab)
        self.mentor_id.setObjectName(u"mentor_id")

        self.details_tab_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mentor_id)

        self.status_label = QLabel(self.details_tab)
        self.status_label.setObjectName(u"status_label")

        self.details_tab_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.details_tab)
        self.status.setObjectName(u"status")

        self.details_tab_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.idea_on_label = QLabel(self.details_tab)
        self.idea_on_label.setObjectName(u"idea_on_label")

        self.details_tab_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.idea_on_label)

        self.idea_on = OptionalDateEdit(self.details_tab)
        self.idea_on.setObjectName(u"idea_on")

        self.details_tab_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.idea_on)

        self.plan_started_on_label = QLabel(self.details_tab)
        self.plan_started_on_label.setObjectName(u"plan_started_on_label")

        self.details_tab_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.plan_started_on_label)

        self.plan_started_on = OptionalDateEdit(self.details_tab)
        self.plan_started_on.setObjectName(u"plan_started_on")

        self.details_tab_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.plan_started_on)

        self.plan_done_on_label = QLabel(self.details_tab)
        self.plan_done_on_label.setObjectName(u"plan_done_on_label")

        self.details_tab_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.plan_done_on_label)

        self.plan_done_on = OptionalDateEdit(self.details_tab)
        self.plan_done_on.setObjectName(u"plan_done_on")

        self.details_tab_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.plan_done_on)

        self.presented_on_label = QLabel(self.details_tab)
        self.presented_on_label.setObjectName(u"presented_on_label")

        self.details_tab_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.presented_on_label)

        self.presented_on = OptionalDateEdit(self.details_tab)
        self.presented_on.setObjectName(u"presented_on")

        self.details_tab_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.presented_on)

        self.started_on_label = QLabel(self.details_tab)
        self.started_on_label.setObjectName(u"started_on_label")

        self.details_tab_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.started_on_label)

        self.started_on = OptionalDateEdit(self.details_tab)
        self.started_on.setObjectName(u"started_on")

        self.details_tab_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.started_on)

        self.abandoned_on_label = QLabel(self.details_tab)
        self.abandoned_on_label.setObjectName(u"abandoned_on_label")

        self.details_tab_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.abandoned_on_label)

        self.abandoned_on = OptionalDateEdit(self.details_tab)
        self.abandoned_on.setObjectName(u"abandoned_on")

        self.details_tab_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.abandoned_on)

        self.funding_sought_label = QLabel(self.details_tab)
        self.funding_sought_label.setObjectName(u"funding_sought_label")

        self.details_tab_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.funding_sought_label)

        self.funding_sought = QDoubleSpinBox(self.details_tab)
        self.funding_sought.setObjectName(u"funding_sought")
        self.funding_sought.setDecimals(2)
        self.funding_sought.setMaximum(9999999999.989999771118164)

        self.details_tab_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.funding_sought)

        self.funding_source_label = QLabel(self.details_tab)
        self.funding_source_label.setObjectName(u"funding_source_label")

        self.details_tab_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.funding_source_label)

        self.funding_source = QLineEdit(self.details_tab)
        self.funding_source.setObjectName(u"funding_source")

        self.details_tab_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.funding_source)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_tab_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.details_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.details_tab_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notes)

        self.plan_label = QLabel(self.details_tab)
        self.plan_label.setObjectName(u"plan_label")

        self.details_tab_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.plan_label)

        self.plan_layout = QHBoxLayout()
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_name = QLabel(self.details_tab)
        self.plan_name.setObjectName(u"plan_name")

        self.plan_layout.addWidget(self.plan_name)

        self.attach_plan = QPushButton(self.details_tab)
        self.attach_plan.setObjectName(u"attach_plan")
        self.attach_plan.setAutoDefault(False)

        self.plan_layout.addWidget(self.attach_plan)

        self.open_plan = QPushButton(self.details_tab)
        self.open_plan.setObjectName(u"open_plan")
        self.open_plan.setAutoDefault(False)

        self.plan_layout.addWidget(self.open_plan)

        self.remove_plan = QPushButton(self.details_tab)
        self.remove_plan.setObjectName(u"remove_plan")
        self.remove_plan.setAutoDefault(False)

        self.plan_layout.addWidget(self.remove_plan)


        self.details_tab_form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.plan_layout)


        self.details_tab_layout.addLayout(self.details_tab_form)

        self.tabs.addTab(self.details_tab, "")
        self.team_tab = QWidget()
        self.team_tab.setObjectName(u"team_tab")
        self.team_layout = QVBoxLayout(self.team_tab)
        self.team_layout.setObjectName(u"team_layout")
        self.member_row = QHBoxLayout()
        self.member_row.setObjectName(u"member_row")
        self.member_picker_label = QLabel(self.team_tab)
        self.member_picker_label.setObjectName(u"member_picker_label")

        self.member_row.addWidget(self.member_picker_label)

        self.member_picker = QComboBox(self.team_tab)
        self.member_picker.setObjectName(u"member_picker")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.member_picker.sizePolicy().hasHeightForWidth())
        self.member_picker.setSizePolicy(sizePolicy)

        self.member_row.addWidget(self.member_picker)

        self.add_member = QPushButton(self.team_tab)
        self.add_member.setObjectName(u"add_member")
        self.add_member.setAutoDefault(False)

        self.member_row.addWidget(self.add_member)


        self.team_layout.addLayout(self.member_row)

        self.members_list = QListWidget(self.team_tab)
        self.members_list.setObjectName(u"members_list")

        self.team_layout.addWidget(self.members_list)

        self.member_buttons = QHBoxLayout()
        self.member_buttons.setObjectName(u"member_buttons")
        self.remove_member = QPushButton(self.team_tab)
        self.remove_member.setObjectName(u"remove_member")
        self.remove_member.setAutoDefault(False)

        self.member_buttons.addWidget(self.remove_member)

        self.member_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_buttons.addItem(self.member_spacer)


        self.team_layout.addLayout(self.member_buttons)

        self.tabs.addTab(self.team_tab, "")
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

        self.buttons = QDialogButtonBox(ProjectIdeaEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.sector_label.setBuddy(self.sector)
        self.description_label.setBuddy(self.description)
        self.mentor_id_label.setBuddy(self.mentor_id)
        self.status_label.setBuddy(self.status)
        self.idea_on_label.setBuddy(self.idea_on)
        self.plan_started_on_label.setBuddy(self.plan_started_on)
        self.plan_done_on_label.setBuddy(self.plan_done_on)
        self.presented_on_label.setBuddy(self.presented_on)
        self.started_on_label.setBuddy(self.started_on)
        self.abandoned_on_label.setBuddy(self.abandoned_on)
        self.funding_sought_label.setBuddy(self.funding_sought)
        self.funding_source_label.setBuddy(self.funding_source)
        self.notes_label.setBuddy(self.notes)
        self.member_picker_label.setBuddy(self.member_picker)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.sector)
        QWidget.setTabOrder(self.sector, self.description)
        QWidget.setTabOrder(self.description, self.mentor_id)
        QWidget.setTabOrder(self.mentor_id, self.status)
        QWidget.setTabOrder(self.status, self.idea_on)
        QWidget.setTabOrder(self.idea_on, self.plan_started_on)
        QWidget.setTabOrder(self.plan_started_on, self.plan_done_on)
        QWidget.setTabOrder(self.plan_done_on, self.presented_on)
        QWidget.setTabOrder(self.presented_on, self.started_on)
        QWidget.setTabOrder(self.started_on, self.abandoned_on)
        QWidget.setTabOrder(self.abandoned_on, self.funding_sought)
        QWidget.setTabOrder(self.funding_sought, self.funding_source)
        QWidget.setTabOrder(self.funding_source, self.notes)
        QWidget.setTabOrder(self.notes, self.attach_plan)
        QWidget.setTabOrder(self.attach_plan, self.open_plan)
        QWidget.setTabOrder(self.open_plan, self.remove_plan)
        QWidget.setTabOrder(self.remove_plan, self.member_picker)
        QWidget.setTabOrder(self.member_picker, self.add_member)
        QWidget.setTabOrder(self.add_member, self.members_list)
        QWidget.setTabOrder(self.members_list, self.remove_member)
        QWidget.setTabOrder(self.remove_member, self.history_view)
        QWidget.setTabOrder(self.history_view, self.buttons)

        self.retranslateUi(ProjectIdeaEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ProjectIdeaEditor)
    # setupUi

    def retranslateUi(self, ProjectIdeaEditor):
        ProjectIdeaEditor.setWindowTitle(QCoreApplication.translate("ProjectIdeaEditor", u"Project idea", None))
        self.title_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Title:", None))
        self.sector_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Sector:", None))
        self.description_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Description:", None))
        self.mentor_id_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Mentor:", None))
        self.status_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Stat&us:", None))
        self.idea_on_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Day of the &idea:", None))
        self.plan_started_on_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Business plan sta&rted on:", None))
        self.plan_done_on_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Business plan d&one on:", None))
        self.presented_on_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Presented on:", None))
        self.started_on_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Business started o&n:", None))
        self.abandoned_on_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Abandoned on:", None))
        self.funding_sought_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Funding sought (\u20ac):", None))
        self.funding_sought.setSpecialValueText(QCoreApplication.translate("ProjectIdeaEditor", u"\u2014", None))
        self.funding_source_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Funding sour&ce:", None))
        self.notes_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Notes:", None))
        self.plan_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Business plan:", None))
        self.plan_name.setText(QCoreApplication.translate("ProjectIdeaEditor", u"None attached", None))
        self.attach_plan.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Attac&h\u2026", None))
        self.open_plan.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Op&en", None))
        self.remove_plan.setText(QCoreApplication.translate("ProjectIdeaEditor", u"Remo&ve", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("ProjectIdeaEditor", u"Detai&ls", None))
        self.member_picker_label.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Young person:", None))
        self.add_member.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Add to the team", None))
        self.remove_member.setText(QCoreApplication.translate("ProjectIdeaEditor", u"&Remove from the team", None))
        self.tabs.setTabText(self.tabs.indexOf(self.team_tab), QCoreApplication.translate("ProjectIdeaEditor", u"Tea&m", None))
        ___qtreewidgetitem = self.history_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ProjectIdeaEditor", u"Change", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ProjectIdeaEditor", u"Action", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ProjectIdeaEditor", u"User", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProjectIdeaEditor", u"Date", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("ProjectIdeaEditor", u"&History", None))
    # retranslateUi

