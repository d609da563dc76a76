# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from madeinlocal_desktop.gui.exchange_widgets import PathField
from madeinlocal_desktop.gui.widgets.banner import Banner
from madeinlocal_desktop.gui.widgets.progress_panel import ProgressPanel

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumSize(QSize(680, 0))
        self.dialog_layout = QVBoxLayout(ExportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.banner = Banner(ExportDialog)
        self.banner.setObjectName(u"banner")

        self.dialog_layout.addWidget(self.banner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.format_label = QLabel(ExportDialog)
        self.format_label.setObjectName(u"format_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format = QComboBox(ExportDialog)
        self.format.addItem("")
        self.format.addItem("")
        self.format.addItem("")
        self.format.addItem("")
        self.format.setObjectName(u"format")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format)

        self.explain = QLabel(ExportDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.explain)

        self.anonymised = QCheckBox(ExportDialog)
        self.anonymised.setObjectName(u"anonymised")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.anonymised)

        self.destination_label = QLabel(ExportDialog)
        self.destination_label.setObjectName(u"destination_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.destination_label)

        self.destination = PathField(ExportDialog)
        self.destination.setObjectName(u"destination")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.destination)


        self.dialog_layout.addLayout(self.form)

        self.progress = ProgressPanel(ExportDialog)
        self.progress.setObjectName(u"progress")

        self.dialog_layout.addWidget(self.progress)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttons_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_stretch)

        self.export_button = QPushButton(ExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons.addWidget(self.export_button)

        self.close_button = QPushButton(ExportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.format_label.setBuddy(self.format)
        self.destination_label.setBuddy(self.destination)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.export_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export the study", None))
        self.format_label.setText(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.format.setItemText(0, QCoreApplication.translate("ExportDialog", u"CSV for French Excel (; and decimal comma)", None))
        self.format.setItemText(1, QCoreApplication.translate("ExportDialog", u"CSV, international (, and decimal point)", None))
        self.format.setItemText(2, QCoreApplication.translate("ExportDialog", u"Excel workbook (XLSX)", None))
        self.format.setItemText(3, QCoreApplication.translate("ExportDialog", u"JSON interchange file (can be imported again)", None))

        self.anonymised.setText(QCoreApplication.translate("ExportDialog", u"Anonymised: without shop names, SIRET, addresses, surveyor names and notes", None))
        self.destination_label.setText(QCoreApplication.translate("ExportDialog", u"Destination", None))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.close_button.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
    # retranslateUi

