# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'business_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from madeinlocal_desktop.gui.widgets.banner import Banner
from madeinlocal_desktop.gui.widgets.number_edits import DecimalEdit

class Ui_BusinessEditor(object):
    def setupUi(self, BusinessEditor):
        if not BusinessEditor.objectName():
            BusinessEditor.setObjectName(u"BusinessEditor")
        self.editor_layout = QVBoxLayout(BusinessEditor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(BusinessEditor)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.saved_at = QLabel(BusinessEditor)
        self.saved_at.setObjectName(u"saved_at")

        self.header.addWidget(self.saved_at)

        self.header.setStretch(0, 1)

        self.editor_layout.addLayout(self.header)

        self.keys_hint = QLabel(BusinessEditor)
        self.keys_hint.setObjectName(u"keys_hint")
        self.keys_hint.setWordWrap(True)

        self.editor_layout.addWidget(self.keys_hint)

        self.banner = Banner(BusinessEditor)
        self.banner.setObjectName(u"banner")

        self.editor_layout.addWidget(self.banner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(BusinessEditor)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(BusinessEditor)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.siret_label = QLabel(BusinessEditor)
        self.siret_label.setObjectName(u"siret_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siret_label)

        self.siret = QLineEdit(BusinessEditor)
        self.siret.setObjectName(u"siret")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siret)

        self.naf_label = QLabel(BusinessEditor)
        self.naf_label.setObjectName(u"naf_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.naf_label)

        self.naf = QLineEdit(BusinessEditor)
        self.naf.setObjectName(u"naf")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.naf)

        self.ownership_label = QLabel(BusinessEditor)
        self.ownership_label.setObjectName(u"ownership_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownership_label)

        self.ownership = QComboBox(BusinessEditor)
        self.ownership.setObjectName(u"ownership")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownership)

        self.commune_label = QLabel(BusinessEditor)
        self.commune_label.setObjectName(u"commune_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.commune_label)

        self.commune = QLineEdit(BusinessEditor)
        self.commune.setObjectName(u"commune")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.commune)

        self.address_label = QLabel(BusinessEditor)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(BusinessEditor)
        self.address.setObjectName(u"address")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address)

        self.staff_label = QLabel(BusinessEditor)
        self.staff_label.setObjectName(u"staff_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.staff_label)

        self.staff = DecimalEdit(BusinessEditor)
        self.staff.setObjectName(u"staff")
        self.staff.setMaximumSize(QSize(120, 16777215))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.staff)


        self.editor_layout.addLayout(self.form)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.interview_button = QPushButton(BusinessEditor)
        self.interview_button.setObjectName(u"interview_button")

        self.buttons.addWidget(self.interview_button)

        self.buttons_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_stretch)

        self.save_button = QPushButton(BusinessEditor)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.buttons.setStretch(1, 1)

        self.editor_layout.addLayout(self.buttons)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editor_layout.addItem(self.stretch)

        self.editor_layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.siret_label.setBuddy(self.siret)
        self.naf_label.setBuddy(self.naf)
        self.ownership_label.setBuddy(self.ownership)
        self.commune_label.setBuddy(self.commune)
        self.address_label.setBuddy(self.address)
        self.staff_label.setBuddy(self.staff)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.siret)
        QWidget.setTabOrder(self.siret, self.naf)
        QWidget.setTabOrder(self.naf, self.ownership)
        QWidget.setTabOrder(self.ownership, self.commune)
        QWidget.setTabOrder(self.commune, self.address)
        QWidget.setTabOrder(self.address, self.staff)
        QWidget.setTabOrder(self.staff, self.interview_button)
        QWidget.setTabOrder(self.interview_button, self.save_button)

        self.retranslateUi(BusinessEditor)
    # setupUi

    def retranslateUi(self, BusinessEditor):
        self.keys_hint.setText(QCoreApplication.translate("BusinessEditor", u"Saved as you type \u00b7 Enter: next field \u00b7 Ctrl+S: save now", None))
        self.name_label.setText(QCoreApplication.translate("BusinessEditor", u"Name", None))
        self.siret_label.setText(QCoreApplication.translate("BusinessEditor", u"SIRET", None))
        self.siret.setPlaceholderText(QCoreApplication.translate("BusinessEditor", u"14 digits", None))
        self.naf_label.setText(QCoreApplication.translate("BusinessEditor", u"Activity (NAF)", None))
        self.naf.setPlaceholderText(QCoreApplication.translate("BusinessEditor", u"code or activity, e.g. boulangerie", None))
        self.ownership_label.setText(QCoreApplication.translate("BusinessEditor", u"Ownership", None))
        self.commune_label.setText(QCoreApplication.translate("BusinessEditor", u"Commune", None))
        self.commune.setPlaceholderText(QCoreApplication.translate("BusinessEditor", u"name, INSEE code or postal code", None))
        self.address_label.setText(QCoreApplication.translate("BusinessEditor", u"Address", None))
        self.staff_label.setText(QCoreApplication.translate("BusinessEditor", u"Staff (FTE)", None))
        self.interview_button.setText(QCoreApplication.translate("BusinessEditor", u"New interview", None))
        self.save_button.setText(QCoreApplication.translate("BusinessEditor", u"Save now (Ctrl+S)", None))
        pass
    # retranslateUi

