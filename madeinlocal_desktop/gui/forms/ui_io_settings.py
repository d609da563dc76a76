# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'io_settings.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableView, QToolButton, QVBoxLayout, QWidget)

from madeinlocal_desktop.gui.widgets.number_edits import PercentEdit

class Ui_InputOutputView(object):
    def setupUi(self, settings_box):
        if not settings_box.objectName():
            settings_box.setObjectName(u"settings_box")
        self.settings_layout = QVBoxLayout(settings_box)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_form = QFormLayout()
        self.settings_form.setObjectName(u"settings_form")
        self.settings_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.table_label = QLabel(settings_box)
        self.table_label.setObjectName(u"table_label")

        self.settings_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.table_label)

        self.table_row = QHBoxLayout()
        self.table_row.setObjectName(u"table_row")
        self.table_combo = QComboBox(settings_box)
        self.table_combo.setObjectName(u"table_combo")
        self.table_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.table_combo.setMinimumContentsLength(20)

        self.table_row.addWidget(self.table_combo)

        self.folder_button = QToolButton(settings_box)
        self.folder_button.setObjectName(u"folder_button")
        self.folder_button.setText(u"\u2026")

        self.table_row.addWidget(self.folder_button)

        self.table_row.setStretch(0, 1)

        self.settings_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.table_row)

        self.method_label = QLabel(settings_box)
        self.method_label.setObjectName(u"method_label")

        self.settings_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_row = QHBoxLayout()
        self.method_row.setObjectName(u"method_row")
        self.method_combo = QComboBox(settings_box)
        self.method_combo.addItem("")
        self.method_combo.addItem("")
        self.method_combo.addItem("")
        self.method_combo.addItem("")
        self.method_combo.setObjectName(u"method_combo")

        self.method_row.addWidget(self.method_combo)

        self.delta_label = QLabel(settings_box)
        self.delta_label.setObjectName(u"delta_label")

        self.method_row.addWidget(self.delta_label)

        self.delta_spin = QDoubleSpinBox(settings_box)
        self.delta_spin.setObjectName(u"delta_spin")
        self.delta_spin.setDecimals(2)
        self.delta_spin.setMaximum(0.990000000000000)
        self.delta_spin.setSingleStep(0.050000000000000)
        self.delta_spin.setValue(0.300000000000000)

        self.method_row.addWidget(self.delta_spin)

        self.method_row.setStretch(0, 1)

        self.settings_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.method_row)

        self.h_loc_label = QLabel(settings_box)
        self.h_loc_label.setObjectName(u"h_loc_label")

        self.settings_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.h_loc_label)

        self.h_row = QHBoxLayout()
        self.h_row.setObjectName(u"h_row")
        self.h_loc_edit = PercentEdit(settings_box)
        self.h_loc_edit.setObjectName(u"h_loc_edit")
        self.h_loc_edit.setMaximumSize(QSize(90, 16777215))

        self.h_row.addWidget(self.h_loc_edit)

        self.h_loc_hint = QLabel(settings_box)
        self.h_loc_hint.setObjectName(u"h_loc_hint")

        self.h_row.addWidget(self.h_loc_hint)

        self.h_row.setStretch(1, 1)

        self.settings_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.h_row)

        self.closed_check = QCheckBox(settings_box)
        self.closed_check.setObjectName(u"closed_check")

        self.settings_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.closed_check)

        self.survey_check = QCheckBox(settings_box)
        self.survey_check.setObjectName(u"survey_check")
        self.survey_check.setChecked(True)

        self.settings_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.survey_check)


        self.settings_layout.addLayout(self.settings_form)

        self.employment_title = QHBoxLayout()
        self.employment_title.setObjectName(u"employment_title")
        self.employment_label = QLabel(settings_box)
        self.employment_label.setObjectName(u"employment_label")
        self.employment_label.setWordWrap(True)

        self.employment_title.addWidget(self.employment_label)

        self.import_button = QPushButton(settings_box)
        self.import_button.setObjectName(u"import_button")

        self.employment_title.addWidget(self.import_button)

        self.register_button = QPushButton(settings_box)
        self.register_button.setObjectName(u"register_button")

        self.employment_title.addWidget(self.register_button)

        self.employment_title.setStretch(0, 1)

        self.settings_layout.addLayout(self.employment_title)

        self.employment_view = QTableView(settings_box)
        self.employment_view.setObjectName(u"employment_view")
        self.employment_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.employment_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.employment_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.employment_view.verticalHeader().setVisible(False)
        self.employment_view.verticalHeader().setDefaultSectionSize(22)

        self.settings_layout.addWidget(self.employment_view)

        self.total_label = QLabel(settings_box)
        self.total_label.setObjectName(u"total_label")

        self.settings_layout.addWidget(self.total_label)

        self.source_label = QLabel(settings_box)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setWordWrap(True)

        self.settings_layout.addWidget(self.source_label)

        self.compute_row = QHBoxLayout()
        self.compute_row.setObjectName(u"compute_row")
        self.busy_label = QLabel(settings_box)
        self.busy_label.setObjectName(u"busy_label")

        self.compute_row.addWidget(self.busy_label)

        self.compute_button = QPushButton(settings_box)
        self.compute_button.setObjectName(u"compute_button")

        self.compute_row.addWidget(self.compute_button)

        self.compute_row.setStretch(0, 1)

        self.settings_layout.addLayout(self.compute_row)

        self.settings_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.table_label.setBuddy(self.table_combo)
        self.method_label.setBuddy(self.method_combo)
        self.delta_label.setBuddy(self.delta_spin)
        self.h_loc_label.setBuddy(self.h_loc_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(settings_box)

        self.compute_button.setDefault(True)

    # setupUi

    def retranslateUi(self, settings_box):
        settings_box.setTitle(QCoreApplication.translate("InputOutputView", u"Model of the territory", None))
        self.table_label.setText(QCoreApplication.translate("InputOutputView", u"Table:", None))
#if QT_CONFIG(tooltip)
        self.folder_button.setToolTip(QCoreApplication.translate("InputOutputView", u"Use another table, from a folder in the app's layout", None))
#endif // QT_CONFIG(tooltip)
        self.method_label.setText(QCoreApplication.translate("InputOutputView", u"Method:", None))
        self.method_combo.setItemText(0, QCoreApplication.translate("InputOutputView", u"FLQ (Flegg, recommended)", None))
        self.method_combo.setItemText(1, QCoreApplication.translate("InputOutputView", u"AFLQ (augmented Flegg)", None))
        self.method_combo.setItemText(2, QCoreApplication.translate("InputOutputView", u"CILQ (cross-industry)", None))
        self.method_combo.setItemText(3, QCoreApplication.translate("InputOutputView", u"SLQ (simple)", None))

        self.delta_label.setText(QCoreApplication.translate("InputOutputView", u"\u03b4", None))
#if QT_CONFIG(tooltip)
        self.delta_spin.setToolTip(QCoreApplication.translate("InputOutputView", u"0 \u2264 \u03b4 < 1; 0.3 is the usual value (Flegg & Tohmo)", None))
#endif // QT_CONFIG(tooltip)
        self.h_loc_label.setText(QCoreApplication.translate("InputOutputView", u"Local share of household spending:", None))
        self.closed_check.setText(QCoreApplication.translate("InputOutputView", u"Closed model: include household re-spending (Type II)", None))
        self.survey_check.setText(QCoreApplication.translate("InputOutputView", u"Use the local purchase shares measured by the survey (hybrid table)", None))
        self.employment_label.setText(QCoreApplication.translate("InputOutputView", u"<b>Employment in the territory</b> (persons, by sector)", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("InputOutputView", u"A file with two columns, code and employment (persons)", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("InputOutputView", u"Import CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.register_button.setToolTip(QCoreApplication.translate("InputOutputView", u"Salaried jobs of the territory's business register by sector (Territoire view); still editable", None))
#endif // QT_CONFIG(tooltip)
        self.register_button.setText(QCoreApplication.translate("InputOutputView", u"From the register", None))
        self.compute_button.setText(QCoreApplication.translate("InputOutputView", u"Save and compute", None))
    # retranslateUi

