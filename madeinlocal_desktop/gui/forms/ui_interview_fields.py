# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_fields.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

from madeinlocal_desktop.gui.spend_lines_view import SpendLinesView
from madeinlocal_desktop.gui.widgets.banner import Banner
from madeinlocal_desktop.gui.widgets.date_edit import DateEdit
from madeinlocal_desktop.gui.widgets.number_edits import (MoneyEdit, PercentEdit)

class Ui_InterviewFields(object):
    def setupUi(self, InterviewFields):
        if not InterviewFields.objectName():
            InterviewFields.setObjectName(u"InterviewFields")
        self.fields_layout = QVBoxLayout(InterviewFields)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setContentsMargins(4, 4, 4, 4)
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(InterviewFields)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.header.addWidget(self.title)

        self.saved_at = QLabel(InterviewFields)
        self.saved_at.setObjectName(u"saved_at")

        self.header.addWidget(self.saved_at)

        self.status = QLabel(InterviewFields)
        self.status.setObjectName(u"status")

        self.header.addWidget(self.status)

        self.complete_button = QPushButton(InterviewFields)
        self.complete_button.setObjectName(u"complete_button")
        self.complete_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.header.addWidget(self.complete_button)

        self.validate_button = QPushButton(InterviewFields)
        self.validate_button.setObjectName(u"validate_button")
        self.validate_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.header.addWidget(self.validate_button)

        self.reopen_button = QPushButton(InterviewFields)
        self.reopen_button.setObjectName(u"reopen_button")
        self.reopen_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.header.addWidget(self.reopen_button)

        self.history_button = QPushButton(InterviewFields)
        self.history_button.setObjectName(u"history_button")
        self.history_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.history_button.setCheckable(True)

        self.header.addWidget(self.history_button)

        self.header.setStretch(0, 1)

        self.fields_layout.addLayout(self.header)

        self.banner = Banner(InterviewFields)
        self.banner.setObjectName(u"banner")

        self.fields_layout.addWidget(self.banner)

        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.identity = QGroupBox(InterviewFields)
        self.identity.setObjectName(u"identity")
        self.identity_form = QFormLayout(self.identity)
        self.identity_form.setObjectName(u"identity_form")
        self.business_label = QLabel(self.identity)
        self.business_label.setObjectName(u"business_label")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.business_label)

        self.business = QComboBox(self.identity)
        self.business.setObjectName(u"business")
        self.business.setEditable(True)
        self.business.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.business.setMinimumContentsLength(24)

        self.identity_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.business)

        self.date_label = QLabel(self.identity)
        self.date_label.setObjectName(u"date_label")

        self.identity_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date = DateEdit(self.identity)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.identity_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.surveyor_label = QLabel(self.identity)
        self.surveyor_label.setObjectName(u"surveyor_label")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surveyor_label)

        self.surveyor = QLineEdit(self.identity)
        self.surveyor.setObjectName(u"surveyor")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surveyor)

        self.consent = QCheckBox(self.identity)
        self.consent.setObjectName(u"consent")

        self.identity_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.consent)


        self.top.addWidget(self.identity)

        self.money = QGroupBox(InterviewFields)
        self.money.setObjectName(u"money")
        self.money_grid = QGridLayout(self.money)
        self.money_grid.setObjectName(u"money_grid")
        self.amount_heading = QLabel(self.money)
        self.amount_heading.setObjectName(u"amount_heading")

        self.money_grid.addWidget(self.amount_heading, 0, 1, 1, 1)

        self.share_heading = QLabel(self.money)
        self.share_heading.setObjectName(u"share_heading")

        self.money_grid.addWidget(self.share_heading, 0, 2, 1, 1)

        self.turnover_label = QLabel(self.money)
        self.turnover_label.setObjectName(u"turnover_label")

        self.money_grid.addWidget(self.turnover_label, 1, 0, 1, 1)

        self.turnover = MoneyEdit(self.money)
        self.turnover.setObjectName(u"turnover")
        self.turnover.setMinimumSize(QSize(130, 0))

        self.money_grid.addWidget(self.turnover, 1, 1, 1, 1)

        self.payroll_label = QLabel(self.money)
        self.payroll_label.setObjectName(u"payroll_label")

        self.money_grid.addWidget(self.payroll_label, 2, 0, 1, 1)

        self.payroll = MoneyEdit(self.money)
        self.payroll.setObjectName(u"payroll")
        self.payroll.setMinimumSize(QSize(130, 0))

        self.money_grid.addWidget(self.payroll, 2, 1, 1, 1)

        self.staff_local = PercentEdit(self.money)
        self.staff_local.setObjectName(u"staff_local")
        self.staff_local.setMinimumSize(QSize(80, 0))

        self.money_grid.addWidget(self.staff_local, 2, 2, 1, 1)

        self.owner_pay_label = QLabel(self.money)
        self.owner_pay_label.setObjectName(u"owner_pay_label")

        self.money_grid.addWidget(self.owner_pay_label, 3, 0, 1, 1)

        self.owner_pay = MoneyEdit(self.money)
        self.owner_pay.setObjectName(u"owner_pay")
        self.owner_pay.setMinimumSize(QSize(130, 0))

        self.money_grid.addWidget(self.owner_pay, 3, 1, 1, 1)

        self.owner_local = PercentEdit(self.money)
        self.owner_local.setObjectName(u"owner_local")
        self.owner_local.setMinimumSize(QSize(80, 0))

        self.money_grid.addWidget(self.owner_local, 3, 2, 1, 1)

        self.money_grid.setColumnStretch(0, 2)
        self.money_grid.setColumnStretch(1, 2)
        self.money_grid.setColumnStretch(2, 1)

        self.top.addWidget(self.money)

        self.top.setStretch(0, 1)
        self.top.setStretch(1, 1)

        self.fields_layout.addLayout(self.top)

        self.spending = QGroupBox(InterviewFields)
        self.spending.setObjectName(u"spending")
        self.spending_layout = QVBoxLayout(self.spending)
        self.spending_layout.setObjectName(u"spending_layout")
        self.grid = SpendLinesView(self.spending)
        self.grid.setObjectName(u"grid")
        self.grid.setMinimumSize(QSize(0, 170))

        self.spending_layout.addWidget(self.grid)

        self.grid_buttons = QHBoxLayout()
        self.grid_buttons.setObjectName(u"grid_buttons")
        self.totals = QLabel(self.spending)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.grid_buttons.addWidget(self.totals)

        self.add_line_button = QPushButton(self.spending)
        self.add_line_button.setObjectName(u"add_line_button")
        self.add_line_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.grid_buttons.addWidget(self.add_line_button)

        self.remove_line_button = QPushButton(self.spending)
        self.remove_line_button.setObjectName(u"remove_line_button")
        self.remove_line_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.grid_buttons.addWidget(self.remove_line_button)

        self.grid_buttons.setStretch(0, 1)

        self.spending_layout.addLayout(self.grid_buttons)

        self.spending_layout.setStretch(0, 1)

        self.fields_layout.addWidget(self.spending)

        self.notes_row = QHBoxLayout()
        self.notes_row.setObjectName(u"notes_row")
        self.notes_label = QLabel(InterviewFields)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_row.addWidget(self.notes_label, 0, Qt.AlignmentFlag.AlignTop)

        self.notes = QPlainTextEdit(InterviewFields)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 54))
        self.notes.setMaximumSize(QSize(16777215, 54))
        self.notes.setTabChangesFocus(True)

        self.notes_row.addWidget(self.notes)

        self.notes_row.setStretch(1, 1)

        self.fields_layout.addLayout(self.notes_row)

        self.fields_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.business_label.setBuddy(self.business)
        self.date_label.setBuddy(self.date)
        self.surveyor_label.setBuddy(self.surveyor)
        self.turnover_label.setBuddy(self.turnover)
        self.payroll_label.setBuddy(self.payroll)
        self.owner_pay_label.setBuddy(self.owner_pay)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.business, self.date)
        QWidget.setTabOrder(self.date, self.surveyor)
        QWidget.setTabOrder(self.surveyor, self.consent)
        QWidget.setTabOrder(self.consent, self.turnover)
        QWidget.setTabOrder(self.turnover, self.payroll)
        QWidget.setTabOrder(self.payroll, self.staff_local)
        QWidget.setTabOrder(self.staff_local, self.owner_pay)
        QWidget.setTabOrder(self.owner_pay, self.owner_local)
        QWidget.setTabOrder(self.owner_local, self.grid)
        QWidget.setTabOrder(self.grid, self.notes)

        self.retranslateUi(InterviewFields)
    # setupUi

    def retranslateUi(self, InterviewFields):
        self.complete_button.setText(QCoreApplication.translate("InterviewFields", u"Mark as complete", None))
        self.validate_button.setText(QCoreApplication.translate("InterviewFields", u"Validate", None))
        self.reopen_button.setText(QCoreApplication.translate("InterviewFields", u"Reopen for changes", None))
        self.history_button.setText(QCoreApplication.translate("InterviewFields", u"History", None))
        self.identity.setTitle(QCoreApplication.translate("InterviewFields", u"Interview", None))
        self.business_label.setText(QCoreApplication.translate("InterviewFields", u"Business", None))
        self.date_label.setText(QCoreApplication.translate("InterviewFields", u"Date", None))
        self.surveyor_label.setText(QCoreApplication.translate("InterviewFields", u"Surveyor", None))
        self.consent.setText(QCoreApplication.translate("InterviewFields", u"The owner or manager agrees to answer", None))
        self.money.setTitle(QCoreApplication.translate("InterviewFields", u"Turnover, staff and owners", None))
        self.amount_heading.setText(QCoreApplication.translate("InterviewFields", u"Amount (\u20ac)", None))
        self.share_heading.setText(QCoreApplication.translate("InterviewFields", u"Local share (%)", None))
        self.turnover_label.setText(QCoreApplication.translate("InterviewFields", u"Turnover excl. VAT", None))
        self.payroll_label.setText(QCoreApplication.translate("InterviewFields", u"Gross payroll", None))
#if QT_CONFIG(tooltip)
        self.staff_local.setToolTip(QCoreApplication.translate("InterviewFields", u"Share of the payroll paid to staff who live in the territory", None))
#endif // QT_CONFIG(tooltip)
        self.owner_pay_label.setText(QCoreApplication.translate("InterviewFields", u"Owners' pay and dividends", None))
#if QT_CONFIG(tooltip)
        self.owner_local.setToolTip(QCoreApplication.translate("InterviewFields", u"Share paid to owners who live in the territory", None))
#endif // QT_CONFIG(tooltip)
        self.spending.setTitle(QCoreApplication.translate("InterviewFields", u"Other spending in the fiscal year", None))
        self.add_line_button.setText(QCoreApplication.translate("InterviewFields", u"Add a line (Enter)", None))
        self.remove_line_button.setText(QCoreApplication.translate("InterviewFields", u"Remove the line (Ctrl+Del)", None))
        self.notes_label.setText(QCoreApplication.translate("InterviewFields", u"&Notes", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("InterviewFields", u"Notes: context, doubts, what to check later\u2026", None))
        pass
    # retranslateUi

