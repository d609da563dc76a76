"""Words for the core's codes (enums, categories, history fields) in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import Category, InterviewStatus, Ownership, Recipient, RespendSource

translate = QCoreApplication.translate  # the name lupdate looks for



def ownership(value: Ownership | str) -> str:
    return {
        Ownership.INDEPENDENT: translate("Labels", "Independent"),
        Ownership.COOPERATIVE: translate("Labels", "Cooperative / social economy"),
        Ownership.FRANCHISE: translate("Labels", "Franchise"),
        Ownership.CHAIN_BRANCH: translate("Labels", "Chain branch"),
        Ownership.PUBLIC: translate("Labels", "Public body / association"),
    }.get(Ownership(value), str(value))


def status(value: InterviewStatus | str) -> str:
    return {
        InterviewStatus.DRAFT: translate("Labels", "Draft"),
        InterviewStatus.COMPLETE: translate("Labels", "Complete"),
        InterviewStatus.VALIDATED: translate("Labels", "Validated"),
    }.get(InterviewStatus(value), str(value))


def respend_source(value: RespendSource | str | None) -> str:
    if value is None:
        return ""
    return {
        RespendSource.SURVEY: translate("Labels", "Survey answer"),
        RespendSource.SURVEY_MEAN: translate("Labels", "Survey mean"),
        RespendSource.IO_PROXY: translate("Labels", "Input-output estimate"),
        RespendSource.DEFAULT: translate("Labels", "Coordinator default"),
    }.get(RespendSource(value), str(value))


def recipient_group(value: Recipient | str) -> str:
    return {
        Recipient.SUPPLIER: translate("Labels", "Suppliers"),
        Recipient.STAFF: translate("Labels", "Staff households"),
        Recipient.LANDLORD: translate("Labels", "Landlords"),
        Recipient.OWNER: translate("Labels", "Owners"),
        Recipient.TAX: translate("Labels", "Local authorities"),
        Recipient.LENDER: translate("Labels", "Lenders"),
        Recipient.CHARITY: translate("Labels", "Charities"),
        Recipient.NONE: translate("Labels", "Nobody"),
    }.get(Recipient(value), str(value))


def category(item: Category) -> str:
    french = QLocale().language() == QLocale.Language.French
    return item.label_fr if french else item.label_en


def history_field(name: str) -> str:
    return {
        "*created*": translate("Labels", "Created"),
        "deleted": translate("Labels", "Deleted"),
        "business_id": translate("Labels", "Business"),
        "date": translate("Labels", "Date"),
        "surveyor": translate("Labels", "Surveyor"),
        "consent": translate("Labels", "Consent"),
        "consent_version": translate("Labels", "Consent wording version"),
        "status": translate("Labels", "Status"),
        "turnover_cents": translate("Labels", "Turnover excl. VAT"),
        "notes": translate("Labels", "Notes"),
        "position": translate("Labels", "Position"),
        "category": translate("Labels", "Category"),
        "amount_cents": translate("Labels", "Amount"),
        "local_share": translate("Labels", "Local share"),
        "respend_share": translate("Labels", "Re-spend share"),
        "respend_source": translate("Labels", "Source of the re-spend share"),
        "interview_id": translate("Labels", "Interview"),
    }.get(name, name)
