"""Use case: the whole district in one run — every ward checked, due documents, the picture."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime

from congress.core.district import (
    CongressResults,
    DistrictReport,
    FindingLine,
    Share,
    WardSummary,
    aggregate,
)
from congress.core.doc_context import DOCUMENTS
from congress.core.engine import GuardInputs, PilotState, readiness
from congress.core.findings import Finding, Severity
from congress.core.records import GeneratedDocument, WardState
from congress.core.workflow import Transition
from congress.errors import CongressError, Problem
from congress.i18n import t
from congress.services.district_lines import congress_results, line, place, reopened
from congress.services.district_pool import in_order, templates, worker_pool
from congress.services.documents import (
    Rendered,
    Staged,
    commit_documents,
    produce_documents,
    stage_documents,
)
from congress.services.draft_checks import drafts_of
from congress.services.personnel import PersonnelReport, check_ward
from congress.services.tally import ward_results
from congress.services.ward_checks import CHECKS
from congress.services.workflow_views import ward_view
from congress.services.workspace import WardScope, Workspace, pilot_state

_RULE_SHARES = {"women": "women_min", "non_party": "non_party_min_vs_previous"}
_STATISTIC_SHARES = ("ethnic_minority", "religious")


@dataclass(frozen=True)
class WardJob:
    """What a worker needs to check one ward and write its due documents (no database)."""

    scope: WardScope
    transitions: list[Transition]
    confirmations: frozenset[str]
    approvals: frozenset[str]
    exceptions: frozenset[str]
    pilot: PilotState
    docs_due: list[str]
    render: bool
    now: datetime
    # The checks still open at the ward's stage (`WorkflowDefinition.open_checks`): their failed
    # findings stay on the dashboard until fixed, not only while the next step checks them.
    open_checks: list[str] = field(default_factory=list)
    # the ward's registry as the run starts: where each document goes (an edited file, its copy)
    known: dict[str, GeneratedDocument] = field(default_factory=dict)
    stage: str = ""  # the ward's stage as the run starts (its documents' history rows)


@dataclass
class WardOutcome:
    """A worker's answer: what it found, what it wrote."""

    slug: str
    problems: list[str]
    blocking: list[Finding]
    warnings: int
    shares: dict[str, Share]
    planned_size: int | None
    tally: dict[str, int]
    # written by the worker to temporaries beside their targets (synced); the parent moves them
    # into place and registers them, all or none
    staged: Staged | None
    rendered: list[Rendered] = field(default_factory=list)
    rule_titles: dict[str, str] = field(default_factory=dict)  # of the rules excepted
    open_findings: list[FindingLine] = field(default_factory=list)  # of the open checks
    results: CongressResults | None = None  # from a count that reconciles
    # each problem's location and rule, without its text: what the dashboard shows (issue 14)
    errors: list[Problem] = field(default_factory=list)
    # the ward's name and type (xã, phường…) as its ward.yaml says, for the district's reports;
    # None when ward.yaml cannot be read (its checks say why)
    kind: tuple[str, str] | None = None

    def failed(self, error: CongressError, lang: str) -> None:
        self.problems.append(error.render(lang))
        self.errors += [
            Problem(
                p.key, {k: v for k, v in p.params.items() if k == "key"}, p.file, p.row, p.column
            )
            for p in error.problems
        ]


def check_ward_job(job: WardJob) -> WardOutcome:
    """Run one ward: its checks, its next transitions' readiness, its shares, its documents.

    One ward's input the checks did not foresee (a file system's refusal, a number no model
    bounds) is said for that ward; the other wards are handled all the same.
    """
    outcome = WardOutcome(job.scope.slug, [], [], 0, {}, None, {}, None)
    try:
        _check_ward_job(job, outcome)
    except (OSError, ValueError, ArithmeticError, RecursionError) as exc:
        reason = type(exc).__name__
        problem = Problem("limit.ward_failed", {"reason": reason}, job.scope.ward.facts_source)
        outcome.failed(CongressError(problem), job.scope.lang)
    outcome.kind = _kind(job.scope)
    # what the checks kept for the documents serves this job alone: a folder kept for the whole
    # run (no pool: the checks run in this process) must not hold every ward's figures
    job.scope.ward.memo.clear()
    return outcome


def _kind(scope: WardScope) -> tuple[str, str] | None:
    """The ward's name and type, from the ward.yaml its checks read (no second reading)."""
    try:
        ward = scope.ward.ward()
    except (CongressError, OSError, ValueError, ArithmeticError, RecursionError):
        return None
    return ward.ward, ward.kind


def _check_ward_job(job: WardJob, outcome: WardOutcome) -> None:
    scope = job.scope
    results: dict[str, list[Finding]] = {}

    def run_check(kind: str) -> list[Finding]:
        if kind not in results:
            try:
                results[kind] = CHECKS[kind](scope).findings
            except CongressError as error:
                outcome.failed(error, scope.lang)
                results[kind] = []
        return results[kind]

    try:  # once, for the shares and for the personnel guard alike
        report = check_ward(
            scope.ward, scope.lang, default_ruleset=scope.default_ruleset, today=scope.today
        )
        results["personnel"] = report.findings
        _shares(outcome, report)
    except CongressError as error:
        outcome.failed(error, scope.lang)
        results["personnel"] = []
    _rule_titles(outcome, scope, job.exceptions)
    inputs = GuardInputs(run_check, job.confirmations, job.approvals, job.exceptions, job.pilot)
    ready = [readiness(t, inputs) for t in job.transitions]
    if ready and not any(r.ok for r in ready):
        outcome.blocking = [f for r in ready for f in r.blocking]
    outcome.open_findings = [
        line(f, kind)
        for kind in job.open_checks
        for f in run_check(kind)
        if (not f.ok or f.blocking) and f.rule not in job.exceptions
    ]
    checked = [f for kind in results for f in results[kind]]
    outcome.warnings = sum(1 for f in checked if not f.ok and f.severity is Severity.WARNING)
    _tally(outcome, scope)
    if job.render and job.docs_due and not outcome.problems:
        try:
            drafts = drafts_of(scope.ward)  # as the drafts checks read them, if they ran
            prepared = produce_documents(
                scope, job.docs_due, templates(), draft=True, drafts=drafts
            )
        except CongressError as error:
            outcome.failed(error, scope.lang)
            return
        if not prepared:
            return
        try:  # the files of the ward beside their targets, synced; the parent only renames them
            outcome.staged = stage_documents(scope.root, prepared, job.known, "copy", job.now,
                                             sync=True)  # fmt: skip
        except CongressError as error:
            outcome.problems.append(error.render(scope.lang))


def _shares(outcome: WardOutcome, report: PersonnelReport) -> None:
    """The shares the district charts: each rule's own figures, bound and verdict; the shares no
    rule judges (ethnic minorities, religious) from the statistics."""
    by_rule = {f.rule: f for f in report.findings}
    outcome.planned_size = report.planned_size
    cap = by_rule.get("re_election_max")
    re_elected = Share.of_finding(cap) if cap is not None else None
    if re_elected is None:
        return
    outcome.shares["re_elected"] = re_elected
    for key, rule in _RULE_SHARES.items():
        share = Share.of_finding(by_rule[rule]) if rule in by_rule else None
        if share is not None:
            outcome.shares[key] = share
    metrics = {m.key: m for m in report.statistics}
    for key in _STATISTIC_SHARES:
        if key in metrics and (ratio := metrics[key].share) is not None:  # None: not read
            outcome.shares[key] = Share(ratio=ratio)


def _rule_titles(outcome: WardOutcome, scope: WardScope, rules: frozenset[str]) -> None:
    """The titles of the rules excepted for the ward, as the reports name them."""
    if not rules:
        return
    try:
        texts = scope.ward.rulebook(scope.default_ruleset).texts
    except CongressError:
        return  # said by the checks
    for rule in rules:
        if rule in texts:
            title = texts[rule].title
            outcome.rule_titles[rule] = title.get(scope.lang) or title["vi"]


def _tally(outcome: WardOutcome, scope: WardScope) -> None:
    if not scope.ward.has_tally():
        return
    try:
        tally = scope.ward.tally()
    except CongressError as error:
        outcome.failed(error, scope.lang)
        return
    outcome.tally = {"convened": tally.delegates.convened, "present": tally.delegates.present}
    try:
        results = ward_results(scope)
    except CongressError:
        return  # a ruleset that cannot be read: the ward's checks say so
    if results is not None:
        outcome.results = congress_results(results)


def _job(
    ws: Workspace, states: dict[str, WardState], slug: str, render: bool, every_document: bool
) -> WardJob:
    """The ward's job, from the wards' states as the run read them (`Workspace.states`)."""
    state = states[slug]
    stage = state.record.stage
    definition = ws.files.definition
    return WardJob(
        WardScope.of(ws, slug),
        definition.triggers_from(stage),
        frozenset(state.confirmations),
        frozenset(state.approvals),
        frozenset(state.exceptions),
        pilot_state(ws, slug, states),
        list(DOCUMENTS) if every_document else definition.documents_due(stage),
        render,
        ws.now(),
        definition.open_checks(stage),
        state.documents if render else {},
        stage,
    )


def _write(ws: Workspace, outcome: WardOutcome, job: WardJob) -> None:
    """Move the ward's staged documents into place and register them, all or none; a failure
    is the ward's problem."""
    if outcome.staged is None:
        return
    staged, outcome.staged = outcome.staged, None
    try:
        outcome.rendered = commit_documents(ws, outcome.slug, staged, job.known, job.now, job.stage)
    except CongressError as error:
        outcome.problems.append(error.render(ws.lang))


def _discard(outcome: WardOutcome) -> None:
    if outcome.staged is not None:
        outcome.staged.discard()


def _summary(ws: Workspace, ward: WardState, outcome: WardOutcome) -> WardSummary:
    """What the district shows of the ward: its outcome, its state as the run read it."""
    slug = ward.record.slug
    view = ward_view(ws, ward.record, ward)
    definition = ws.files.definition
    root = (
        str(ws.files.root) + os.sep
    )  # the dashboard and the reports name files from the workspace
    problems = [
        p.replace(root, "") for p in outcome.problems + ([view.problem] if view.problem else [])
    ]
    state = "missing_data" if problems else "blocked" if outcome.blocking else "ok"
    places = [place(p, ws.lang, root) for p in outcome.errors]
    if view.problem:
        source = Problem("config.key", {}, str(ws.ward(slug).facts_source))
        places.append(place(source, ws.lang, root))
    return WardSummary(
        slug=slug, name=view.name, group=view.group, pilot=view.pilot, stage=view.stage,
        stage_label=view.stage_label, stage_index=definition.index(view.stage), since=view.since,
        state=state, problems=problems, places=places,
        blocking=[line(f) for f in outcome.blocking], open_findings=outcome.open_findings,
        warnings=outcome.warnings,
        overdue=view.overdue,
        exceptions=[{**e, "title": outcome.rule_titles.get(e["rule"], "")} for e in view.exceptions], shares=outcome.shares, planned_size=outcome.planned_size,
        tally=outcome.tally, results=outcome.results,
        reopened=reopened(view),
        reopen_count=view.reopened.count if view.reopened else 0,
        documents=[{"doc": r.doc, "path": str(r.path.relative_to(ws.files.root)), "action": r.action} for r in outcome.rendered],
    )  # fmt: skip


def district_report(
    ws: Workspace,
    *,
    render: bool,
    workers: int | None = None,
    progress: Callable[[str], None] | None = None,
    every_document: bool = False,
    meanwhile: Callable[[], None] | None = None,
) -> DistrictReport:
    """Check every ward (over the machine's cores), write due documents, add the district up;
    `meanwhile`: work for this process, done once the first ward has arrived (the workers busy).

    Each ward's documents are written and registered (one transaction, `write_documents`) as
    soon as its outcome arrives, while the workers go on with the next wards: a run stopped
    midway leaves every ward it registered whole, and no ward's documents wait in memory."""
    workers = workers or os.cpu_count() or 1
    count = len(ws.files.wards)
    parallel = workers > 1 and count > 2
    # the workers start before the states are read (`worker_pool`): their start overlaps it
    with worker_pool(min(workers, count), every_document) if parallel else nullcontext() as pool:
        ws.keep_folders()  # each ward.yaml read once in this process
        states = ws.states()  # every ward's record and records in one read; new wards registered
        slugs = list(states)
        wards: list[WardSummary] = []
        kinds: dict[str, str] = {}
        pending = [meanwhile] if meanwhile is not None else []

        def arrived(outcome: WardOutcome, job: WardJob) -> None:
            _write(ws, outcome, job)
            wards.append(_summary(ws, states[outcome.slug], outcome))  # only the summary is kept
            if outcome.kind is not None:
                kinds[outcome.kind[0]] = outcome.kind[1]
            if progress:
                progress(outcome.slug)
            if pending:
                pending.pop()()

        if pool is not None:
            jobs = (_job(ws, states, s, render, every_document) for s in slugs)
            in_order(pool, check_ward_job, jobs, workers, arrived, _discard)
        else:
            for slug in slugs:
                job = _job(ws, states, slug, render, every_document)
                arrived(check_ward_job(job), job)
    definition = ws.files.definition
    stages = [
        {"id": s.id, "label": s.label.get(ws.lang) or s.label["vi"]} for s in definition.stages
    ]
    notices = [] if ws.files.unit.pilot_ward else [t("gate.no_pilot", ws.lang)]
    return DistrictReport(
        notices=notices,
        unit=ws.files.unit.unit,
        workflow={"id": definition.id, "version": definition.version, "title": definition.title},
        today=ws.today,
        stages=stages,
        wards=wards,
        totals=aggregate(wards, [s.id for s in definition.stages]),
        ward_kinds=kinds,
    )
