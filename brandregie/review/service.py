"""The review service: the one way the app and tests read and change review data.

Each method is one user action and one transaction (``with store.session()``); it returns plain
detached values from :mod:`brandregie.review.records`, so no caller ever holds a live session.
The check itself runs elsewhere (:mod:`brandregie.review.checking`, in a worker): the service
hands out a :class:`CheckJob` (bytes plus a profile snapshot) and stores the outcome.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from brandregie import models as m
from brandregie.checks.answers import (
    allow_word,
    apply_dismissals,
    ban_word,
    dismissal_for,
)
from brandregie.checks.model import Finding, Report
from brandregie.errors import BrandRegieError, NotFoundError, StoreError
from brandregie.i18n import _
from brandregie.ingest.document import Document
from brandregie.ingest.opening import open_draft
from brandregie.models.base import utcnow
from brandregie.models.review import (
    AssignmentKind,
    AssignmentStatus,
    CheckStatus,
    DecisionOutcome,
    FindingAnswer,
)
from brandregie.profile.schema import Brand
from brandregie.profile.service import ProfileService, current_user
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.agreement import (
    Agreement,
    read_agreement,
    read_agreements,
    save_agreement,
)
from brandregie.review.codec import (
    document_to_json,
    draft_view_from_json,
    report_from_json,
    report_to_json,
)
from brandregie.review.compare import compare_findings, finding_key, match_findings
from brandregie.review.due import DUE_SOON_DAYS, read_deadlines
from brandregie.review.fit import AgencyFit, fit_history
from brandregie.review.records import (
    AgencyInfo,
    AssignmentInfo,
    Comparison,
    Deadlines,
    DecisionInfo,
    DraftView,
    RequestInfo,
    ReviewedFinding,
    VersionInfo,
    VersionReview,
)
from brandregie.review.visual import colour_matches, font_matches
from brandregie.shown import shown
from brandregie.store import blobs
from brandregie.store.database import Store

_T = TypeVar("_T")

#: The largest draft kept; bigger files are refused before they reach the database.
MAX_DRAFT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CheckJob:
    """What a worker needs to check one version, with no database session attached."""

    version_id: int
    file_name: str
    data: bytes
    snapshot: ProfileSnapshot
    deliverable: str


@dataclass(frozen=True, slots=True)
class AssignmentDetail:
    """What the Assignments page shows of the assignment picked, read in one go."""

    info: AssignmentInfo
    agreement: Agreement
    versions: list[VersionInfo]
    requests: list[RequestInfo]
    decisions: list[DecisionInfo]


class DuplicateDraftError(BrandRegieError):
    """The agency's file is byte for byte a version the assignment already has."""

    def __init__(self, message: str, *, version: int) -> None:
        super().__init__(message)
        self.version = version


@dataclass(frozen=True, slots=True)
class BrandChange:
    """A change to a brand made while reviewing: apply it and save it with ``note``."""

    brand_id: int
    note: str
    apply: Callable[[Brand], Brand]


@dataclass(frozen=True, slots=True)
class WordChange(BrandChange):
    """Allowing or banning a word."""

    word: str
    allow: bool


def _agency(row: m.Agency) -> AgencyInfo:
    return AgencyInfo(row.id, row.name, row.contact, row.email)


def _version(row: m.DraftVersion) -> VersionInfo:
    return VersionInfo(row.id, row.assignment_id, row.number, row.file_name, row.sha256,
                       row.size, row.received_at, row.check_status, row.error,
                       row.profile_revision, row.score, row.checked_at)


def _request(row: m.AgencyRequest, title: str) -> RequestInfo:
    return RequestInfo(row.id, row.assignment_id, title, row.text, row.due, row.done,
                       row.created_at)


def _too_large(name: str) -> BrandRegieError:
    return BrandRegieError(_("{name} is too large to keep (more than {mb} MB)").format(
        name=name, mb=MAX_DRAFT_BYTES // (1024 * 1024)))


def _clean(text: str) -> str:
    return " ".join(text.split())


class ReviewService:
    """Agencies, assignments, draft versions, answers and decisions in one store."""

    def __init__(self, store: Store, *, author: str | None = None) -> None:
        self.store = store
        self.author = author if author is not None else current_user()
        self.profiles = ProfileService(store, author=self.author)

    # -- agencies ------------------------------------------------------------------------------

    def agencies(self) -> list[AgencyInfo]:
        with self.store.session() as s:
            rows = s.scalars(select(m.Agency).order_by(func.lower(m.Agency.name))).all()
            return [_agency(r) for r in rows]

    def add_agency(self, name: str, contact: str = "", email: str = "") -> AgencyInfo:
        name = _clean(name)
        if not name:
            raise BrandRegieError(_("give the agency a name"))
        with self.store.session() as s:
            if self._agency_named(s, name) is not None:
                raise StoreError(_("an agency named “{name}” already exists").format(name=name))
            row = m.Agency(name=name, contact=contact.strip(), email=email.strip())
            s.add(row)
            s.flush()
            return _agency(row)

    def update_agency(self, agency_id: int, *, name: str, contact: str = "", email: str = ""
                      ) -> AgencyInfo:
        name = _clean(name)
        if not name:
            raise BrandRegieError(_("give the agency a name"))
        with self.store.session() as s:
            row = self._get(s, m.Agency, agency_id)
            other = self._agency_named(s, name)
            if other is not None and other.id != agency_id:
                raise StoreError(_("an agency named “{name}” already exists").format(name=name))
            row.name, row.contact, row.email = name, contact.strip(), email.strip()
            return _agency(row)

    def delete_agency(self, agency_id: int) -> None:
        """Remove an agency; its assignments stay, without an agency."""
        with self.store.session() as s:
            s.delete(self._get(s, m.Agency, agency_id))

    # -- assignments ---------------------------------------------------------------------------

    def create_assignment(self, brand: str | int, title: str, *,
                          kind: AssignmentKind = AssignmentKind.OTHER,
                          agency_id: int | None = None, due: date | None = None,
                          brief: str = "") -> AssignmentInfo:
        title = _clean(title)
        if not title:
            raise BrandRegieError(_("give the assignment a title"))
        brand_id = self.profiles.snapshot(brand).brand_id
        assert brand_id is not None
        with self.store.session() as s:
            if agency_id is not None:
                self._get(s, m.Agency, agency_id)
            row = m.Assignment(brand_id=brand_id, title=title, kind=AssignmentKind(kind),
                               agency_id=agency_id, due=due, brief=brief.strip(),
                               status=AssignmentStatus.BRIEFED)
            s.add(row)
            s.flush()
            return self._assignment_info(s, row)

    def update_assignment(self, assignment_id: int, *, title: str, kind: AssignmentKind,
                          agency_id: int | None, due: date | None, brief: str
                          ) -> AssignmentInfo:
        title = _clean(title)
        if not title:
            raise BrandRegieError(_("give the assignment a title"))
        with self.store.session() as s:
            row = self._get(s, m.Assignment, assignment_id)
            if agency_id is not None:
                self._get(s, m.Agency, agency_id)
            row.title, row.kind, row.agency_id = title, AssignmentKind(kind), agency_id
            row.due, row.brief, row.updated_at = due, brief.strip(), utcnow()
            s.flush()
            return self._assignment_info(s, row)

    def delete_assignment(self, assignment_id: int) -> None:
        with self.store.session() as s:
            s.delete(self._get(s, m.Assignment, assignment_id))
            blobs.sweep(s)

    def assignments(self, brand: int | None = None, *, include_approved: bool = True
                    ) -> list[AssignmentInfo]:
        """Assignments, the ones due first (no due date last), then the newest."""
        with self.store.session() as s:
            where: list[ColumnElement[bool]] = []
            if brand is not None:
                where.append(m.Assignment.brand_id == brand)
            if not include_approved:
                where.append(m.Assignment.status != AssignmentStatus.APPROVED)
            infos = self._assignment_infos(s, where)
        return sorted(infos, key=lambda a: (a.due is None, a.due or date.max,
                                            -a.created_at.timestamp()))

    def agreement(self, assignment_id: int) -> Agreement:
        """What was agreed with the agency on the assignment (budget, rounds, dates, invoice)."""
        return read_agreement(self.store, assignment_id)

    def agreements(self, assignment_ids: list[int]) -> dict[int, Agreement]:
        """:meth:`agreement` of many assignments at once, by id."""
        return read_agreements(self.store, assignment_ids)

    def set_agreement(self, assignment_id: int, agreement: Agreement) -> Agreement:
        return save_agreement(self.store, assignment_id, agreement)

    def fit_history(self, brand: int) -> list[AgencyFit]:
        """Each agency's scores per checked version for ``brand`` (the home page's chart)."""
        return fit_history(self.store, brand)

    def assignment(self, assignment_id: int) -> AssignmentInfo:
        with self.store.session() as s:
            return self._assignment_info(s, self._get(s, m.Assignment, assignment_id))

    def detail(self, assignment_id: int) -> AssignmentDetail:
        """The assignment with its agreement, versions, requests and decisions: one
        connection and no transaction, not five (on a team database each is a wait for the
        network)."""
        with self.store.action(reads_only=True):
            info = self.assignment(assignment_id)
            return AssignmentDetail(info, self.agreement(info.id), self.versions(info.id),
                                    self.requests(info.id), self.decisions(info.id))

    # -- draft versions ------------------------------------------------------------------------

    def add_version(self, assignment_id: int, file_name: str, data: bytes, *,
                    received_at: datetime | None = None,
                    last_word: Callable[[], None] | None = None) -> VersionInfo:
        """Keep a delivered file as the assignment's next version (check pending).

        ``received_at``: when the agency delivered it, if not now (a file from an older e-mail);
        the scorecard measures days late from it. ``last_word`` is called with everything
        written, just before the commit; it may raise to keep nothing (a cancelled job)."""
        name = Path(file_name).name or file_name
        if not data:
            raise BrandRegieError(_("{name} is empty").format(name=name))
        if len(data) > MAX_DRAFT_BYTES:
            raise _too_large(name)
        sha = hashlib.sha256(data).hexdigest()
        with self.store.session() as s:
            assignment = self._get(s, m.Assignment, assignment_id)
            same = s.scalar(select(m.DraftVersion.number).where(
                m.DraftVersion.assignment_id == assignment_id, m.DraftVersion.sha256 == sha))
            if same is not None:
                raise DuplicateDraftError(
                    _("{name} is the same file as version {n}; it was not added again").format(
                        name=name, n=same), version=same)
            number = (s.scalar(select(func.max(m.DraftVersion.number))
                               .where(m.DraftVersion.assignment_id == assignment_id)) or 0) + 1
            blobs.put(s, data, sha)  # once, however many versions deliver the same file
            row = m.DraftVersion(assignment_id=assignment_id, number=number, file_name=name,
                                 sha256=sha, received_at=received_at or utcnow(),
                                 size=len(data), check_status=CheckStatus.PENDING)
            s.add(row)
            if assignment.status is not AssignmentStatus.APPROVED:
                assignment.status = AssignmentStatus.DRAFT_RECEIVED
            assignment.updated_at = utcnow()
            s.flush()
            if last_word is not None:
                last_word()
            return _version(row)

    def add_version_from_file(self, assignment_id: int, path: Path | str, *,
                              progress: Callable[[int, int], None] | None = None,
                              last_word: Callable[[], None] | None = None) -> VersionInfo:
        """Keep the file at ``path`` as the assignment's next version. ``progress(done,
        total)`` hears when reading starts and ends; it may raise to stop (a cancelled job),
        and so may ``last_word`` (see :meth:`add_version`)."""
        path = Path(path)
        # judged on what was opened: a pipe swapped in would hold the intake job for ever
        file, status = open_draft(path, path.name)
        try:
            with file:
                size = status.st_size
                if size > MAX_DRAFT_BYTES:
                    raise _too_large(path.name)
                if progress is not None:
                    progress(0, 2)
                # one read: Python's lock is released while the system copies the bytes (in
                # pieces, each piece's copy into one whole held it: 100 ms pauses of the
                # window); never more than the limit, whatever the file turns out to hold
                data = file.read(size + 1)
                if len(data) > size:  # it grew since it was opened, or says 0 as /proc does
                    data += file.read(MAX_DRAFT_BYTES + 1 - len(data))
        except OSError as exc:
            raise BrandRegieError(_("{name} cannot be read: {why}").format(
                name=path.name, why=exc.strerror or exc)) from None
        if progress is not None:
            progress(1, 2)  # read; cancelled meanwhile, nothing is stored
        # a newline, an escape or a bidi override in a name would break or forge the lines
        # that show it ("txt.exe" shown as "exe.txt"): kept as visible escapes
        return self.add_version(assignment_id, shown(path.name), data, last_word=last_word)

    def versions(self, assignment_id: int) -> list[VersionInfo]:
        with self.store.session() as s:
            rows = s.scalars(select(m.DraftVersion)
                             .where(m.DraftVersion.assignment_id == assignment_id)
                             .order_by(m.DraftVersion.number)).all()
            return [_version(r) for r in rows]

    def version_data(self, version_id: int) -> tuple[str, bytes]:
        """The file as delivered: its name and bytes (to save or open it again)."""
        with self.store.session() as s:
            row = self._get(s, m.DraftVersion, version_id)
            return row.file_name, blobs.read(s, row.sha256)

    def delete_version(self, version_id: int) -> None:
        with self.store.session() as s:
            s.delete(self._get(s, m.DraftVersion, version_id))
            blobs.sweep(s)

    def check_job(self, version_id: int) -> CheckJob:
        """The file and the brand's current profile, ready for a worker to check."""
        with self.store.session() as s:
            row = self._get(s, m.DraftVersion, version_id)
            assignment = self._get(s, m.Assignment, row.assignment_id)
            name, data = row.file_name, blobs.read(s, row.sha256)
            brand_id = assignment.brand_id
            kind = assignment.kind
        snapshot = self.profiles.snapshot(brand_id)
        if snapshot.revision is not None:  # the check will name it: no edit merges into it
            self.profiles.keep(brand_id, snapshot.revision)
        return CheckJob(version_id, name, data, snapshot, kind.value)

    def save_check(self, version_id: int, report: Report, document: Document, *,
                   last_word: Callable[[], None] | None = None) -> VersionInfo:
        """Store a finished check; a first check of a later version takes over dismissals.
        ``last_word`` is called with the row written (and so locked) just before the commit;
        it may raise to store nothing: a check cancelled meanwhile, whose cancelling
        (:meth:`save_check_failure`) then waits for this and writes after it."""
        with self.store.session() as s:
            row = self._get(s, m.DraftVersion, version_id)
            first = row.report is None
            row.report = report_to_json(report)
            row.document = document_to_json(document)
            row.profile_revision = report.revision
            row.check_status = CheckStatus.DONE
            row.error = ""
            row.checked_at = utcnow()
            s.flush()
            if first:
                self._carry_answers(s, row, report)
            row.score = self._effective(s, row, report).score
            assignment = self._get(s, m.Assignment, row.assignment_id)
            if (assignment.status is AssignmentStatus.DRAFT_RECEIVED
                    and row.number == self._latest_number(s, assignment.id)):
                assignment.status = AssignmentStatus.IN_REVIEW
                assignment.updated_at = utcnow()
            if last_word is not None:
                last_word()
            return _version(row)

    def save_check_failure(self, version_id: int, message: str, *, cancelled: bool = False
                           ) -> VersionInfo:
        """Record why a version could not be checked, in one sentence for the owner."""
        with self.store.session() as s:
            if cancelled:  # one write first: it waits for a check being stored and sees it
                s.execute(update(m.DraftVersion)
                          .where(m.DraftVersion.id == version_id,
                                 m.DraftVersion.report.is_(None))
                          .values(check_status=CheckStatus.CANCELLED, error=message,
                                  checked_at=utcnow()))
            row = self._get(s, m.DraftVersion, version_id)
            if cancelled:  # a check stored in that instant, or a re-check's last, is kept
                return _version(row)
            row.check_status = CheckStatus.FAILED
            row.error = message
            row.checked_at = utcnow()
            return _version(row)

    def review(self, version_id: int) -> VersionReview:
        """One version with its check, the owner's answers and what the draft looks like."""
        with self.store.session() as s:
            row = self._get(s, m.DraftVersion, version_id)
            assignment = self._assignment_info(s, self._get(s, m.Assignment, row.assignment_id))
            info = _version(row)
            if row.report is None:
                return VersionReview(assignment, info)
            report = report_from_json(row.report)
            states = {st.key: st for st in row.findings}
            findings = tuple(self._reviewed(f, states.get(finding_key(f)))
                             for f in report.findings)
            effective = self._effective(s, row, report)
            draft: DraftView | None = (draft_view_from_json(row.document)
                                       if row.document is not None else None)
        if draft is None:
            return VersionReview(assignment, info, report, effective, findings)
        brand = self.profiles.snapshot(assignment.brand_id, info.profile_revision).brand
        return VersionReview(assignment, info, report, effective, findings, draft,
                             tuple(colour_matches(draft, brand)),
                             tuple(font_matches(draft, brand)),
                             tuple(f.family for f in brand.visual.fonts), brand)

    # -- the owner's answers -------------------------------------------------------------------

    def answer(self, version_id: int, key: str, answer: FindingAnswer, *,
               reason: str | None = None, remark: str | None = None) -> ReviewedFinding:
        """Accept, dismiss or reopen one finding; ``reason``/``remark`` None keeps what is there."""
        return self._answer_all(version_id, [key], FindingAnswer(answer), reason=reason,
                                remark=remark)[0]

    def apply_fixes(self, version_id: int, keys: Iterable[str]) -> list[ReviewedFinding]:
        """Apply the brand's version to these findings (one transaction): each is answered
        ``fixed``, leaves the score, and is a tracked change in the file sent back."""
        keys = list(keys)
        if not keys:
            return []
        return self._answer_all(version_id, keys, FindingAnswer.FIXED)

    def _answer_all(self, version_id: int, keys: list[str], answer: FindingAnswer, *,
                    reason: str | None = None, remark: str | None = None
                    ) -> list[ReviewedFinding]:
        with self.store.session() as s:
            row = self._get(s, m.DraftVersion, version_id)
            if row.report is None:
                raise NotFoundError(_("this version has not been checked yet"))
            report = report_from_json(row.report)
            by_key = {finding_key(f): f for f in report.findings}
            answered: list[ReviewedFinding] = []
            for key in keys:
                finding = by_key.get(key)
                if finding is None:
                    raise NotFoundError(_("this finding is no longer in the draft's check"))
                state = self._state(s, row, key, finding)
                state.answer = answer
                if reason is not None:
                    state.reason = reason.strip()
                if remark is not None:
                    state.remark = remark.strip()
                if answer is not FindingAnswer.DISMISSED and reason is None:
                    state.reason = ""
                state.carried_from = None
                state.updated_at = utcnow()
                answered.append(self._reviewed(finding, state))
            s.flush()
            row.score = self._effective(s, row, report).score
            return answered

    def set_remark(self, version_id: int, key: str, remark: str) -> ReviewedFinding:
        with self.store.session() as s:
            row = self._get(s, m.DraftVersion, version_id)
            current = next((st for st in row.findings if st.key == key), None)
            answer = current.answer if current is not None else FindingAnswer.OPEN
            reason = current.reason if current is not None else ""
        return self.answer(version_id, key, answer, reason=reason, remark=remark)

    def allow_word(self, assignment_id: int, word: str) -> ProfileSnapshot:
        """Allow ``word`` in the brand's profile (a new revision) while reviewing."""
        return self._change_words(assignment_id, word, allow=True)

    def ban_word(self, assignment_id: int, word: str, why: str = "",
                 suggest: str | None = None) -> ProfileSnapshot:
        """Ban ``word`` in the brand's profile (a new revision) while reviewing."""
        return self._change_words(assignment_id, word, allow=False, why=why, suggest=suggest)

    # -- decisions -----------------------------------------------------------------------------

    def decide(self, version_id: int, outcome: DecisionOutcome, summary: str = ""
               ) -> DecisionInfo:
        """Approve a version, or ask the agency for changes (with a summary of what to do)."""
        outcome = DecisionOutcome(outcome)
        summary = summary.strip()
        if outcome is DecisionOutcome.CHANGES_REQUESTED and not summary:
            raise BrandRegieError(_("say in a few words what the agency should change"))
        with self.store.session() as s:
            version = self._get(s, m.DraftVersion, version_id)
            assignment = self._get(s, m.Assignment, version.assignment_id)
            row = m.Decision(assignment_id=assignment.id, version_id=version.id,
                             outcome=outcome, summary=summary, author=self.author)
            s.add(row)
            assignment.status = (AssignmentStatus.APPROVED
                                 if outcome is DecisionOutcome.APPROVED
                                 else AssignmentStatus.CHANGES_REQUESTED)
            assignment.updated_at = utcnow()
            s.flush()
            return DecisionInfo(row.id, assignment.id, version.id, version.number, row.outcome,
                                row.summary, row.author, row.decided_at)

    def decisions(self, assignment_id: int) -> list[DecisionInfo]:
        """The decisions on an assignment, oldest first."""
        with self.store.session() as s:
            rows = s.execute(select(m.Decision, m.DraftVersion.number)
                             .join(m.DraftVersion, m.DraftVersion.id == m.Decision.version_id)
                             .where(m.Decision.assignment_id == assignment_id)
                             .order_by(m.Decision.decided_at, m.Decision.id)).all()
            return [DecisionInfo(d.id, d.assignment_id, d.version_id, number, d.outcome,
                                 d.summary, d.author, d.decided_at) for d, number in rows]

    # -- versions compared ---------------------------------------------------------------------

    def compare(self, old_version_id: int, new_version_id: int) -> Comparison:
        """What ``new`` fixed, added and kept of ``old``'s findings (both must be checked)."""
        with self.store.session() as s:
            old = self._get(s, m.DraftVersion, old_version_id)
            new = self._get(s, m.DraftVersion, new_version_id)
            if old.report is None or new.report is None:
                raise NotFoundError(_("both versions must be checked before they can be "
                                      "compared"))
            return compare_findings(report_from_json(old.report).findings,
                                    report_from_json(new.report).findings,
                                    old_number=old.number, new_number=new.number)

    def compare_with_previous(self, version_id: int) -> Comparison | None:
        """The version against the one before it, when both are checked."""
        with self.store.session() as s:
            row = self._get(s, m.DraftVersion, version_id)
            previous = self._previous(s, row)
            if previous is None or previous.report is None or row.report is None:
                return None
            previous_id = previous.id
        return self.compare(previous_id, version_id)

    # -- requests from the agency and deadlines ------------------------------------------------

    def add_request(self, assignment_id: int, text: str, due: date | None = None
                    ) -> RequestInfo:
        text = text.strip()
        if not text:
            raise BrandRegieError(_("say what the agency asked for"))
        with self.store.session() as s:
            assignment = self._get(s, m.Assignment, assignment_id)
            row = m.AgencyRequest(assignment_id=assignment_id, text=text, due=due)
            s.add(row)
            s.flush()
            return _request(row, assignment.title)

    def set_request_done(self, request_id: int, done: bool = True, *,
                         at: datetime | None = None) -> RequestInfo:
        """Mark a request answered (``at``: when, if not now) or open again."""
        with self.store.session() as s:
            row = self._get(s, m.AgencyRequest, request_id)
            row.done = done
            row.done_at = (at or utcnow()) if done else None
            return _request(row, self._get(s, m.Assignment, row.assignment_id).title)

    def delete_request(self, request_id: int) -> None:
        with self.store.session() as s:
            s.delete(self._get(s, m.AgencyRequest, request_id))

    def requests(self, assignment_id: int | None = None, *, open_only: bool = False
                 ) -> list[RequestInfo]:
        """Requests, open ones first, then by due date."""
        with self.store.session() as s:
            query = select(m.AgencyRequest, m.Assignment.title).join(
                m.Assignment, m.Assignment.id == m.AgencyRequest.assignment_id)
            if assignment_id is not None:
                query = query.where(m.AgencyRequest.assignment_id == assignment_id)
            if open_only:
                query = query.where(m.AgencyRequest.done.is_(False))
            rows = [_request(r, title) for r, title in s.execute(query).all()]
        return sorted(rows, key=lambda r: (r.done, r.due is None, r.due or date.max, r.id))

    def deadlines(self, today: date | None = None, *,
                  within_days: int = DUE_SOON_DAYS) -> Deadlines:
        """Open assignments and requests that are overdue or due within ``within_days``."""
        return read_deadlines(self.store, today or date.today(), within_days)

    # -- internals -----------------------------------------------------------------------------

    def word_change(self, assignment_id: int, word: str, *, allow: bool, why: str = "",
                    suggest: str | None = None) -> WordChange:
        """How allowing or banning ``word`` changes the assignment's brand (not yet saved)."""
        assignment = self.assignment(assignment_id)
        word = _clean(word)
        if not word:
            raise BrandRegieError(_("say which word to allow") if allow
                                  else _("say which word to ban"))
        if allow:
            note = _("allowed “{word}” while reviewing “{title}”")
            return WordChange(assignment.brand_id, note.format(word=word, title=assignment.title),
                              lambda brand: allow_word(brand, word), word=word, allow=True)
        note = _("banned “{word}” while reviewing “{title}”")
        return WordChange(assignment.brand_id, note.format(word=word, title=assignment.title),
                          lambda brand: ban_word(brand, word, why, suggest), word=word,
                          allow=False)

    def _change_words(self, assignment_id: int, word: str, *, allow: bool, why: str = "",
                      suggest: str | None = None) -> ProfileSnapshot:
        return self.save_word_change(self.word_change(assignment_id, word, allow=allow,
                                                      why=why, suggest=suggest))

    def save_word_change(self, change: BrandChange) -> ProfileSnapshot:
        """Save ``change`` as the brand's next revision (its stored profile, changed)."""
        return self.profiles.save_change(self.profiles.snapshot(change.brand_id), change.apply,
                                         note=change.note)

    @staticmethod
    def _get(s: Session, cls: type[_T], ident: int) -> _T:
        row = s.get(cls, ident)
        if row is None:
            raise NotFoundError(_("this item no longer exists; it may have been deleted"))
        return row

    @staticmethod
    def _agency_named(s: Session, name: str) -> m.Agency | None:
        return s.scalars(select(m.Agency).where(
            func.lower(m.Agency.name) == name.lower())).first()

    @staticmethod
    def _latest_number(s: Session, assignment_id: int) -> int:
        return s.scalar(select(func.max(m.DraftVersion.number))
                        .where(m.DraftVersion.assignment_id == assignment_id)) or 0

    @staticmethod
    def _previous(s: Session, row: m.DraftVersion) -> m.DraftVersion | None:
        return s.scalars(select(m.DraftVersion)
                         .where(m.DraftVersion.assignment_id == row.assignment_id,
                                m.DraftVersion.number < row.number)
                         .order_by(m.DraftVersion.number.desc())).first()

    def _assignment_info(self, s: Session, row: m.Assignment) -> AssignmentInfo:
        return self._assignment_infos(s, [m.Assignment.id == row.id])[0]

    @staticmethod
    def _assignment_infos(s: Session, where: list[ColumnElement[bool]]
                          ) -> list[AssignmentInfo]:
        """The assignments ``where`` says, with their agency, brand and newest version, in two
        queries of plain columns however many: five years are thousands of assignments, and
        the Assignments page lists them all on the GUI thread."""
        rows = s.execute(
            select(m.Assignment.id, m.Assignment.brand_id, m.Brand.name, m.Assignment.title,
                   m.Assignment.kind, m.Assignment.status, m.Assignment.agency_id,
                   m.Agency.name, m.Assignment.due, m.Assignment.brief,
                   m.Assignment.created_at, m.Assignment.updated_at)
            .join(m.Brand, m.Brand.id == m.Assignment.brand_id)
            .outerjoin(m.Agency, m.Agency.id == m.Assignment.agency_id)
            .where(*where)).all()
        newest = (select(m.DraftVersion.assignment_id, func.max(m.DraftVersion.number)
                         .label("number"))
                  .where(m.DraftVersion.assignment_id.in_(
                      select(m.Assignment.id).where(*where)))
                  .group_by(m.DraftVersion.assignment_id).subquery())
        latest = {assignment: (number, score) for assignment, number, score in s.execute(
            select(newest.c.assignment_id, newest.c.number, m.DraftVersion.score)
            .join(m.DraftVersion, (m.DraftVersion.assignment_id == newest.c.assignment_id)
                  & (m.DraftVersion.number == newest.c.number)))}
        return [AssignmentInfo(
            id_, brand_id, brand_name, title, kind, status, agency_id, agency_name or "", due,
            brief, created_at, updated_at, *latest.get(id_, (0, None)))
            for (id_, brand_id, brand_name, title, kind, status, agency_id, agency_name, due,
                 brief, created_at, updated_at) in rows]

    @staticmethod
    def _reviewed(finding: Finding, state: m.FindingState | None) -> ReviewedFinding:
        key = finding_key(finding)
        if state is None:
            return ReviewedFinding(finding, key)
        return ReviewedFinding(finding, key, state.answer, state.reason, state.remark,
                               state.carried_from)

    @staticmethod
    def _state(s: Session, row: m.DraftVersion, key: str, finding: Finding) -> m.FindingState:
        state = next((st for st in row.findings if st.key == key), None)
        if state is None:
            state = m.FindingState(version_id=row.id, key=key, rule=finding.rule,
                                   excerpt=finding.excerpt, start=finding.location.start,
                                   end=finding.location.end, answer=FindingAnswer.OPEN,
                                   reason="", remark="")
            row.findings.append(state)
            try:
                s.flush()
            except IntegrityError:
                raise StoreError(_("this finding was answered elsewhere at the same time; "
                                   "try again")) from None
        return state

    def _effective(self, s: Session, row: m.DraftVersion, report: Report) -> Report:
        # a fixed finding is repaired in the file sent back: it no longer counts either
        dismissed = [st for st in row.findings
                     if st.answer in (FindingAnswer.DISMISSED, FindingAnswer.FIXED)]
        if not dismissed:
            return report
        keys = {st.key: st.reason for st in dismissed}
        dismissals = [dismissal_for(f, keys[finding_key(f)]) for f in report.findings
                      if finding_key(f) in keys]
        return apply_dismissals(report, dismissals)

    def _carry_answers(self, s: Session, row: m.DraftVersion, report: Report) -> None:
        """Findings the owner dismissed in the previous version stay dismissed if they remain."""
        previous = self._previous(s, row)
        if previous is None or previous.report is None:
            return
        dismissed = {st.key: st for st in previous.findings
                     if st.answer is FindingAnswer.DISMISSED}
        if not dismissed:
            return
        old = [f for f in report_from_json(previous.report).findings
               if finding_key(f) in dismissed]
        _, _, pairs = match_findings(old, report.findings)
        for before, after in pairs:
            source = dismissed[finding_key(before)]
            state = self._state(s, row, finding_key(after), after)
            state.answer = FindingAnswer.DISMISSED
            state.reason = source.reason
            state.remark = source.remark
            state.carried_from = previous.number


def answered(findings: Iterable[ReviewedFinding], answer: FindingAnswer
             ) -> list[ReviewedFinding]:
    return [f for f in findings if f.answer is answer]
