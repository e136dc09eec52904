"""The employer brand and the personas: why people want to work here, whom we want to hire,
which employers compete for them, how a candidate experiences applying.

Like every profile page they only lay out bound fields and list editors; every change goes
through the edit session. The employer page shows its first tab at once and builds each other
tab the first time it is shown (all at once held the window ~125 ms; in later turns of the
event loop, ~60 ms of the GUI thread's CPU for a first visit that shows one tab).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brandregie.ui.list_editor import ListEditor, StringListEditor
from brandregie.ui.page import ProfilePage, form_layout, tab_page, title_of, undo_text
from brandregie.ui.session import EditSession

translate = QCoreApplication.translate


class EmployerPage(ProfilePage):
    key = "employer"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Employer brand"),
                         self.tr("Why people like to work here, whom you want to hire and how "
                                 "a candidate experiences applying."), parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Employer brand parts"))
        self.evp = ListEditor(session, self.key, ("employer", "evp"), kind=self.tr("reason"),
                              title=title_of("pillar"),
                              new_item=lambda n: {"pillar": self.tr("New reason")})
        self.evp.fields.line(self.evp.form, self.tr("Reason"), self.evp.item_path("pillar"))
        self.evp.fields.text(self.evp.form, self.tr("How we show it"),
                             self.evp.item_path("proof"))
        evp_detail = QLabel(self.tr("What makes this a good place to work, in a few reasons "
                                    "(marketers call this the EVP, the employer value "
                                    "proposition)."))
        evp_detail.setWordWrap(True)
        evp_detail.setProperty("role", "muted")
        self.evp.form.insertRow(0, evp_detail)
        self.tabs.addTab(tab_page(self.evp), self.tr("Why people want to work here"))
        self.parts.append(self.evp)
        self.body.addWidget(self.tabs)
        self.finish()
        self.build_when_shown(self.tabs, (
            (self.tr("Culture and goal"), self._build_goal),
            (self.tr("Candidates"), self._build_candidates),
            (self.tr("Competing employers"), self._build_rivals),
            (self.tr("Candidate journey"), self._build_journey),
            (self.tr("Advocacy"), self._build_advocacy)))

    def _build_goal(self) -> QWidget:
        goal = QWidget()
        gl = QVBoxLayout(goal)
        form = form_layout()
        self.culture = self.fields.text(form, self.tr("Culture"), ("employer", "culture"),
                                        lines=3)
        self.has_goal = QCheckBox(self.tr("We have a hiring goal"))
        self.has_goal.setAccessibleName(self.tr("We have a hiring goal"))
        self.has_goal.toggled.connect(self._toggle_goal)
        form.addRow("", self.has_goal)

        def goal_path(field: str) -> Any:
            return lambda: (("employer", "hiring_goal", field)
                            if self.session.brand.employer.hiring_goal is not None else None)
        self.goal_count = self.fields.number(form, self.tr("People to hire"), goal_path("count"),
                                             minimum=0, maximum=10000)
        self.goal_role = self.fields.line(form, self.tr("Role"), goal_path("role"))
        self.goal_by = self.fields.date(form, self.tr("Hire by"), goal_path("by"))
        gl.addLayout(form)
        gl.addStretch(1)
        self._show_goal()
        return goal

    def _build_candidates(self) -> QWidget:
        self.personas = persona_editor(self.session, self.key, ("employer", "personas"),
                                       self.tr("candidate persona"))
        self.parts.append(self.personas)
        return self.personas

    def _build_rivals(self) -> QWidget:
        self.rivals = ListEditor(self.session, self.key, ("employer", "labour_competitors"),
                                 kind=self.tr("competing employer"), title=title_of("name"),
                                 new_item=lambda n: {"name": self.tr("New employer")})
        r = self.rivals
        r.fields.line(r.form, self.tr("Name"), r.item_path("name"))
        r.fields.text(r.form, self.tr("What they offer"), r.item_path("offer"))
        r.fields.text(r.form, self.tr("How we differ"), r.item_path("how_we_differ"))
        self.parts.append(r)
        return r

    def _build_journey(self) -> QWidget:
        self.journey = ListEditor(self.session, self.key, ("employer", "candidate_journey"),
                                  kind=self.tr("journey stage"), title=title_of("stage"),
                                  new_item=lambda n: {"stage": self.tr("New stage")})
        j = self.journey
        j.fields.line(j.form, self.tr("Stage"), j.item_path("stage"))
        j.fields.line(j.form, self.tr("Touchpoint"), j.item_path("touchpoint"))
        j.fields.number(j.form, self.tr("Experience (1–5)"), j.item_path("experience"),
                        minimum=1, maximum=5)
        j.fields.text(j.form, self.tr("Improvement"), j.item_path("improvement"), optional=True)
        self.parts.append(j)
        return j

    def _build_advocacy(self) -> QWidget:
        session = self.session
        advocacy = QWidget()
        al = QVBoxLayout(advocacy)
        form2 = form_layout()
        self.guidelines = self.fields.text(form2, self.tr("Guidelines"),
                                           ("employer", "advocacy", "guidelines"))
        al.addLayout(form2)
        self.hashtags = StringListEditor(session, self.key, ("employer", "advocacy", "hashtags"),
                                         kind=self.tr("hashtag"))
        self.dos = StringListEditor(session, self.key, ("employer", "advocacy", "dos"),
                                    kind=self.tr("do"))
        self.donts = StringListEditor(session, self.key, ("employer", "advocacy", "donts"),
                                      kind=self.tr("don't"))
        for texts, caption in ((self.hashtags, self.tr("Hashtags")), (self.dos, self.tr("Do")),
                               (self.donts, self.tr("Don't"))):
            al.addWidget(QLabel(caption + ":"))
            al.addWidget(texts)
        self.parts += [self.hashtags, self.dos, self.donts]
        return advocacy

    def refresh(self) -> None:
        super().refresh()
        self._show_goal()

    def _show_goal(self) -> None:
        if not hasattr(self, "has_goal"):  # its tab is still to be built
            return
        self.has_goal.blockSignals(True)
        self.has_goal.setChecked(self.session.brand.employer.hiring_goal is not None)
        self.has_goal.blockSignals(False)

    def _toggle_goal(self, on: bool) -> None:
        value = {"count": 1, "role": "", "by": None} if on else None
        self.session.change(("employer", "hiring_goal"), value,
                            undo_text("change %1", self.tr("hiring goal")), page=self.key,
                            merge=False)


def persona_editor(session: EditSession, page: str, path: tuple[str, ...], kind: str
                   ) -> ListEditor:
    """Personas (customers or candidates): name, role, motivations, frustrations, channels."""
    editor = ListEditor(session, page, path, kind=kind, title=title_of("name"),
                        new_item=lambda n: {"name": translate("Personas", "New persona")})
    editor.fields.line(editor.form, translate("Personas", "Name"), editor.item_path("name"))
    editor.fields.line(editor.form, translate("Personas", "Role"), editor.item_path("role"))
    editor.fields.lines(editor.form, translate("Personas", "Motivations"),
                        editor.item_path("motivations"))
    editor.fields.lines(editor.form, translate("Personas", "Frustrations"),
                        editor.item_path("frustrations"))
    editor.fields.lines(editor.form, translate("Personas", "Channels"),
                        editor.item_path("channels"))
    return editor



class PersonasPage(ProfilePage):
    key = "personas"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Personas"),
                         self.tr("The customers the brand speaks to, as real people."), parent)
        self.personas = persona_editor(session, self.key, ("personas",), self.tr("persona"))
        self.parts.append(self.personas)
        self.add(self.personas, self.tr("Customer personas"))
        self.finish()
