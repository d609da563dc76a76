"""The coordinator's settings of a study after its creation: `project.settings`.

Round-3 default shares with their justification, the spending categories and their labels,
the territory and what counts as local. Every change is checked with the rules a new study
follows (domain/rules.py), logged in the history like any record's, and travels in the next
bundle: the study row merges field by field, a category's labels by its version.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from ..domain import Category, LocalRules, R2Rule, Recipient, RespendDefault, Study, rules
from ..domain.changes import Changed, Changes
from ..domain.consent import ConsentWording, check_text
from ..errors import InvalidInput
from ..storage import consent as consent_store
from ..storage import studies as study_store
from ..storage import sync as sync_store
from ..storage.database import utc_now
from .base import Manager
from .reference import territory_communes

SETTINGS = Changes(settings=True)


class StudySettings(Manager):
    @property
    def study(self) -> Study:
        return self.project.study

    # -- Round-3 default shares -----------------------------------------------------------------

    def set_default_share(self, group: str, share: Any,
                          justification: str) -> Changed[RespendDefault]:
        """The share recipient `group` re-spends locally when nobody answered for it."""
        group = str(rules.choice(group, Recipient, "group"))
        value = rules.share(share, "share")
        if value is None:
            raise InvalidInput("study.default_share_missing", field="share", group=group)
        why = rules.name(justification, "justification")
        if why is None:
            raise InvalidInput("settings.justification_missing", field="justification",
                               group=group)
        default = RespendDefault(value, why)
        self._save(dataclasses.replace(
            self.study, respend_defaults={**self.study.respend_defaults, group: default}))
        return Changed(default, SETTINGS)

    def remove_default_share(self, group: str) -> Changes:
        """The group's blank shares go back to the input-output proxy (else the assumed 50 %)."""
        group = str(rules.choice(group, Recipient, "group"))
        kept = {g: d for g, d in self.study.respend_defaults.items() if g != group}
        self._save(dataclasses.replace(self.study, respend_defaults=kept))
        return SETTINGS

    # -- spending categories --------------------------------------------------------------------

    def add_category(self, code: str, label_fr: str, label_en: str | None = None, *,
                     recipient: str, r2_rule: str = R2Rule.SHARE.value) -> Changed[Category]:
        checked = rules.check_category(Category(code, label_fr, label_en or label_fr,
                                                recipient, r2_rule))  # type: ignore[arg-type]
        if self.study.category(checked.code) is not None:
            raise InvalidInput("study.category_twice", field="code", code=checked.code)
        rules.check_categories([*self.study.categories, checked])
        with self._db.atomic():
            study_store.add_category(self._db, checked, self.project.ctx)
            self._queue()
        self.project.study_row_changed()
        return Changed(checked, SETTINGS)

    def rename_category(self, code: str, label_fr: str | None = None,
                        label_en: str | None = None) -> Changed[Category]:
        """New labels; the code, and with it every spending line of the category, stays."""
        current = self.study.category(code)
        if current is None:
            raise InvalidInput("analysis.category_unknown", field="category", category=code,
                               codes=[c.code for c in self.study.categories])
        typed = {"label_fr": label_fr, "label_en": label_en}
        for name, label in typed.items():
            if label is not None and rules.name(label, name) is None:
                raise InvalidInput("settings.label_missing", field=name, category=code)
        renamed = rules.check_category(dataclasses.replace(
            current, label_fr=current.label_fr if label_fr is None else label_fr.strip(),
            label_en=current.label_en if label_en is None else label_en.strip()))
        with self._db.atomic():
            if study_store.relabel_category(self._db, code, renamed.label_fr,
                                            renamed.label_en, self.project.ctx):
                self._queue()
        self.project.study_row_changed()
        return Changed(renamed, SETTINGS)

    # -- the territory and what counts as local ------------------------------------------------

    def set_territory(self, communes: list[str], epcis: list[str] | None = None, *,
                      name: str | None = None) -> Changed[list[str]]:
        """The study's communes: `communes` (INSEE codes) and every member of `epcis`, each
        one a commune of the shipped geography."""
        study = self.set_local(communes=communes, epcis=epcis or [], territory_name=name).value
        return Changed(study.territory.communes, SETTINGS)

    def set_local_rules(self, **changes: Any) -> Changed[LocalRules]:
        """What counts as local: `boundary`, `radius_km`, `supplier_test`, `staff_test`,
        `local_branch_counts_as_local`, `vat_excluded` (the others stay)."""
        return Changed(self.set_local(**changes).value.rules, SETTINGS)

    def set_local(self, *, communes: list[str] | None = None, epcis: list[str] | None = None,
                  territory_name: str | None = None, **changes: Any) -> Changed[Study]:
        """The territory (when `communes` or `epcis` is given), its name and the rules of what
        counts as local, checked together and saved at once: one refusal changes nothing."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(LocalRules)
                                         if f.name != "extra"})
        if unknown:
            raise InvalidInput("settings.rule_unknown", field="rules", key=unknown[0])
        territory = self.study.territory
        if communes is not None or epcis is not None:
            codes = territory_communes(communes or [], epcis or [])
            if not codes:
                raise InvalidInput("settings.territory_empty", field="communes")
            territory = dataclasses.replace(territory, communes=codes)
        if territory_name is not None:
            territory = dataclasses.replace(territory, name=territory_name)
        checked = rules.local_rules_from_mapping(
            {**rules.local_rules_to_mapping(self.study.rules), **changes})
        self._save(dataclasses.replace(self.study, territory=territory, rules=checked))
        return Changed(self.study, SETTINGS)

    # -- the consent wording read to the interviewee --------------------------------------------

    def consent_wording(self) -> ConsentWording:
        """The current wording: the one the interview form shows and stamps."""
        return consent_store.versions(self._db)[-1]

    def consent_versions(self) -> list[ConsentWording]:
        """Every version, oldest first (an interview's version says what it agreed to)."""
        return consent_store.versions(self._db)

    def consent_version(self, version: int) -> ConsentWording | None:
        return next((v for v in self.consent_versions() if v.version == version), None)

    def set_consent_wording(self, fr: str | None = None,
                            en: str | None = None) -> Changed[ConsentWording]:
        """A new version of the wording (a text not given stays); the same texts again make
        no new version. Interviews keep the version they agreed to."""
        kept = consent_store.versions(self._db)
        current = kept[-1]
        french = current.fr if fr is None else check_text(fr, "fr")
        english = current.en if en is None else check_text(en, "en")
        if (french, english) == (current.fr, current.en):
            return Changed(current, Changes())
        ctx = self.project.ctx
        wording = ConsentWording(current.version + 1, french, english, utc_now(), ctx.who)
        with self._db.atomic():
            consent_store.save_versions(self._db, self.study.id, [*kept, wording], ctx)
        return Changed(wording, Changes(settings=True))

    # -- several settings at once (the app's study-settings dialog) ------------------------------

    def change(self, *, defaults: Mapping[str, tuple[Any, str] | None] | None = None,
               labels: Mapping[str, tuple[str, str]] | None = None,
               new_categories: Sequence[Mapping[str, Any]] = (),
               local: Mapping[str, Any] | None = None) -> Changed[Study]:
        """Apply what the coordinator changed in one go, checked like the single commands and
        written in one transaction: one refusal changes nothing.

        `defaults`: group → (share, justification), or None to remove the group's default;
        `labels`: category code → (French label, English label); `new_categories`: keyword
        arguments of `add_category`; `local`: keyword arguments of `set_local`."""
        before = self.study
        try:
            with self._db.atomic():
                for group, default in (defaults or {}).items():
                    if default is None:
                        self.remove_default_share(group)
                    else:
                        self.set_default_share(group, *default)
                for code, (label_fr, label_en) in (labels or {}).items():
                    self.rename_category(code, label_fr, label_en)
                for category in new_categories:
                    self.add_category(**category)
                if local:
                    self.set_local(**local)
        except BaseException:
            self.project.study_row_changed()  # read again: the transaction was rolled back
            raise
        after = self.study
        return Changed(after, Changes(settings=after != before))

    # -- writing --------------------------------------------------------------------------------

    def _save(self, study: Study) -> None:
        self.project.update_study(study)

    def _queue(self) -> None:
        # A category is not a record of its own in a bundle: it rides with the study row.
        sync_store.add_to_outbox(self._db, [("study", self.study.id)])
