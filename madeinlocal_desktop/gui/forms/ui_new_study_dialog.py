# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_study_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from madeinlocal_desktop.gui.widgets.banner import Banner

class Ui_NewStudyDialog(object):
    def setupUi(self, NewStudyDialog):
        if not NewStudyDialog.objectName():
            NewStudyDialog.setObjectName(u"NewStudyDialog")
        NewStudyDialog.setMinimumSize(QSize(640, 0))
        self.dialog_layout = QVBoxLayout(NewStudyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.banner = Banner(NewStudyDialog)
        self.banner.setObjectName(u"banner")

        self.dialog_layout.addWidget(self.banner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(NewStudyDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(NewStudyDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.year_label = QLabel(NewStudyDialog)
        self.year_label.setObjectName(u"year_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year = QSpinBox(NewStudyDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1990)
        self.year.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year)

        self.file_label = QLabel(NewStudyDialog)
        self.file_label.setObjectName(u"file_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file = QLineEdit(NewStudyDialog)
        self.file.setObjectName(u"file")

        self.file_row.addWidget(self.file)

        self.browse_button = QPushButton(NewStudyDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_row.addWidget(self.browse_button)

        self.file_row.setStretch(0, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.file_row)


        self.dialog_layout.addLayout(self.form)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.territory = QGroupBox(NewStudyDialog)
        self.territory.setObjectName(u"territory")
        self.territory_form = QFormLayout(self.territory)
        self.territory_form.setObjectName(u"territory_form")
        self.territory_name_label = QLabel(self.territory)
        self.territory_name_label.setObjectName(u"territory_name_label")

        self.territory_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.territory_name_label)

        self.territory_name = QLineEdit(self.territory)
        self.territory_name.setObjectName(u"territory_name")

        self.territory_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.territory_name)

        self.search_label = QLabel(self.territory)
        self.search_label.setObjectName(u"search_label")

        self.territory_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.search_label)

        self.search = QLineEdit(self.territory)
        self.search.setObjectName(u"search")
        self.search.setEnabled(False)

        self.territory_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.search)

        self.chosen = QListWidget(self.territory)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setMinimumSize(QSize(0, 110))
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.territory_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.chosen)

        self.count_row = QHBoxLayout()
        self.count_row.setObjectName(u"count_row")
        self.count = QLabel(self.territory)
        self.count.setObjectName(u"count")

        self.count_row.addWidget(self.count)

        self.remove_button = QPushButton(self.territory)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.count_row.addWidget(self.remove_button)

        self.count_row.setStretch(0, 1)

        self.territory_form.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.count_row)


        self.columns.addWidget(self.territory)

        self.rules = QGroupBox(NewStudyDialog)
        self.rules.setObjectName(u"rules")
        self.rules_form = QFormLayout(self.rules)
        self.rules_form.setObjectName(u"rules_form")
        self.boundary_label = QLabel(self.rules)
        self.boundary_label.setObjectName(u"boundary_label")

        self.rules_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.boundary_label)

        self.boundary = QComboBox(self.rules)
        self.boundary.addItem("")
        self.boundary.addItem("")
        self.boundary.addItem("")
        self.boundary.addItem("")
        self.boundary.setObjectName(u"boundary")

        self.rules_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.boundary)

        self.radius_label = QLabel(self.rules)
        self.radius_label.setObjectName(u"radius_label")

        self.rules_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.radius_label)

        self.radius = QDoubleSpinBox(self.rules)
        self.radius.setObjectName(u"radius")
        self.radius.setEnabled(False)
        self.radius.setSuffix(u" km")
        self.radius.setMinimum(1.000000000000000)
        self.radius.setMaximum(200.000000000000000)
        self.radius.setValue(30.000000000000000)

        self.rules_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.radius)

        self.supplier_test_label = QLabel(self.rules)
        self.supplier_test_label.setObjectName(u"supplier_test_label")

        self.rules_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supplier_test_label)

        self.supplier_test = QLineEdit(self.rules)
        self.supplier_test.setObjectName(u"supplier_test")

        self.rules_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.supplier_test)

        self.staff_test_label = QLabel(self.rules)
        self.staff_test_label.setObjectName(u"staff_test_label")

        self.rules_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staff_test_label)

        self.staff_test = QLineEdit(self.rules)
        self.staff_test.setObjectName(u"staff_test")

        self.rules_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staff_test)

        self.branch_local = QCheckBox(self.rules)
        self.branch_local.setObjectName(u"branch_local")
        self.branch_local.setChecked(True)

        self.rules_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.branch_local)

        self.vat_excluded = QCheckBox(self.rules)
        self.vat_excluded.setObjectName(u"vat_excluded")
        self.vat_excluded.setChecked(True)

        self.rules_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.vat_excluded)


        self.columns.addWidget(self.rules)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.dialog_layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(NewStudyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.year_label.setBuddy(self.year)
        self.file_label.setBuddy(self.file)
        self.territory_name_label.setBuddy(self.territory_name)
        self.search_label.setBuddy(self.search)
        self.boundary_label.setBuddy(self.boundary)
        self.radius_label.setBuddy(self.radius)
        self.supplier_test_label.setBuddy(self.supplier_test)
        self.staff_test_label.setBuddy(self.staff_test)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.year)
        QWidget.setTabOrder(self.year, self.file)
        QWidget.setTabOrder(self.file, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.territory_name)
        QWidget.setTabOrder(self.territory_name, self.search)
        QWidget.setTabOrder(self.search, self.chosen)
        QWidget.setTabOrder(self.chosen, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.boundary)
        QWidget.setTabOrder(self.boundary, self.radius)
        QWidget.setTabOrder(self.radius, self.supplier_test)
        QWidget.setTabOrder(self.supplier_test, self.staff_test)
        QWidget.setTabOrder(self.staff_test, self.branch_local)
        QWidget.setTabOrder(self.branch_local, self.vat_excluded)

        self.retranslateUi(NewStudyDialog)
    # setupUi

    def retranslateUi(self, NewStudyDialog):
        NewStudyDialog.setWindowTitle(QCoreApplication.translate("NewStudyDialog", u"New study", None))
        self.name_label.setText(QCoreApplication.translate("NewStudyDialog", u"Study name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("NewStudyDialog", u"e.g. Town centre of Niort", None))
        self.year_label.setText(QCoreApplication.translate("NewStudyDialog", u"Fiscal year", None))
        self.file_label.setText(QCoreApplication.translate("NewStudyDialog", u"Study file", None))
        self.browse_button.setText(QCoreApplication.translate("NewStudyDialog", u"Browse\u2026", None))
        self.territory.setTitle(QCoreApplication.translate("NewStudyDialog", u"Territory", None))
        self.territory_name_label.setText(QCoreApplication.translate("NewStudyDialog", u"Name of the territory", None))
        self.territory_name.setPlaceholderText(QCoreApplication.translate("NewStudyDialog", u"e.g. CA du Niortais", None))
        self.search_label.setText(QCoreApplication.translate("NewStudyDialog", u"Add a commune or an intercommunality", None))
        self.search.setPlaceholderText(QCoreApplication.translate("NewStudyDialog", u"Loading the communes\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("NewStudyDialog", u"Remove", None))
        self.rules.setTitle(QCoreApplication.translate("NewStudyDialog", u"What counts as local", None))
        self.boundary_label.setText(QCoreApplication.translate("NewStudyDialog", u"Boundary", None))
        self.boundary.setItemText(0, QCoreApplication.translate("NewStudyDialog", u"The communes listed", None))
        self.boundary.setItemText(1, QCoreApplication.translate("NewStudyDialog", u"The intercommunality", None))
        self.boundary.setItemText(2, QCoreApplication.translate("NewStudyDialog", u"The d\u00e9partement", None))
        self.boundary.setItemText(3, QCoreApplication.translate("NewStudyDialog", u"A radius around the centre", None))

        self.radius_label.setText(QCoreApplication.translate("NewStudyDialog", u"Radius", None))
        self.supplier_test_label.setText(QCoreApplication.translate("NewStudyDialog", u"A supplier is local if", None))
        self.supplier_test.setText(QCoreApplication.translate("NewStudyDialog", u"its invoicing establishment is in the territory", None))
        self.staff_test_label.setText(QCoreApplication.translate("NewStudyDialog", u"An employee is local if", None))
        self.staff_test.setText(QCoreApplication.translate("NewStudyDialog", u"they live in the territory", None))
        self.branch_local.setText(QCoreApplication.translate("NewStudyDialog", u"A local branch of a chain counts as local", None))
        self.vat_excluded.setText(QCoreApplication.translate("NewStudyDialog", u"Amounts are excluding VAT", None))
    # retranslateUi

