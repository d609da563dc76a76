"""The shapes of the hub's JSON, for its OpenAPI description (and the fuzz tests that read it)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Role = Literal["coordinator", "surveyor", "viewer"]


# No control characters in names a person or a device gives (PostgreSQL refuses NUL in text,
# and they would reach the members list and the audit trail): refused with 422, never a 500.
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


class ErrorBody(BaseModel):
    code: str = Field(description="Stable error code (catalogue/hub.py)")
    params: dict[str, Any] = Field(default_factory=dict)
    message: str = Field(description="The text in the language the request asked for")


class Health(BaseModel):
    status: Literal["ok", "database unavailable"]


class EnrolRequest(BaseModel):
    code: str = Field(min_length=1, max_length=64, pattern=PRINTABLE,
                      description="The enrolment code")
    device: str | None = Field(default=None, max_length=200, pattern=PRINTABLE)
    study_id: str | None = Field(default=None, max_length=64,
                                 description="Refuse the code if it is for another study")


class EnrolResponse(BaseModel):
    token: str = Field(description="The device token: 256 random bits, shown once")
    study_id: str
    study_name: str
    role: Role
    name: str
    member_id: int


class Me(BaseModel):
    study_id: str
    study_name: str
    role: Role
    name: str
    member_id: int


class PushResult(BaseModel):
    cursor: int
    bundle_id: str
    sha256: str
    stored: bool = Field(description="False when these bytes were already stored")




class BundlePage(BaseModel):
    columns: list[str] = Field(description="The names of each bundle's values, in order: "
                               "cursor, bundle_id, sha256, size, device, sequence, encrypted "
                               "(0 or 1)")
    bundles: list[list[int | str]] = Field(description="One array of values per bundle")
    next: int = Field(description="The cursor to ask from next (`after`)")
    more: bool
    latest: int = Field(description="The study's latest cursor now")


class InviteRequest(BaseModel):
    role: Role
    name: str = Field(min_length=1, max_length=200, pattern=PRINTABLE)
    hours: float = Field(default=72, gt=0, le=720)


class InviteResponse(BaseModel):
    code: str
    role: Role
    name: str
    expires_at: str


class MemberEntry(BaseModel):
    id: int | None
    name: str
    role: Role
    device: str | None
    status: Literal["active", "revoked", "invited"]
    created_at: str | None = None
    revoked_at: str | None = None
    expires_at: str | None = None


class PublicLink(BaseModel):
    path: str | None


class AuditEntry(BaseModel):
    id: int
    at: str
    member_id: int | None
    actor: str
    action: str
    detail: dict[str, Any]
