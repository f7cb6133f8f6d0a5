"""What an officer typed for a stage, a move, a checklist item or an approval, as its code.

Names are data (`names:` and the labels of the workflow file); `congress.core.workflow_names`
compares them. An unknown name is refused listing every Vietnamese name with its code in
parentheses; a name that fits several things is refused listing those.
"""

from __future__ import annotations

from congress.core import workflow_names as wn
from congress.core.workflow import WorkflowDefinition
from congress.errors import InputError, Problem


def listed(things: list[wn.Named], lang: str) -> str:
    """«Dự thảo văn kiện (start_drafts); Đề án nhân sự (submit_drafts)» — for messages."""
    return "; ".join(thing.shown(lang) for thing in things) or "—"


def pick(
    typed: str, things: list[wn.Named], unknown: Problem, lang: str, phrases: bool = True
) -> str:
    """The code of the one thing `typed` names; InputError (exit 2) otherwise. `unknown` gets
    the list of every name as its `allowed` parameter. Without `phrases`, only a code or a
    whole name counts (an exception to a rule is not granted on a guess)."""
    found = wn.matches(typed, things, phrases)
    if len(found) == 1:
        return found[0].code
    if not found:
        params = {**unknown.params, "allowed": listed(things, lang)}
        raise InputError(Problem(unknown.key, params))
    raise InputError(
        Problem("naming.ambiguous", {"typed": typed, "candidates": listed(found, lang)})
    )


def stage(definition: WorkflowDefinition, typed: str, lang: str) -> str:
    unknown = Problem("workflow.unknown_stage", {"stage": typed})
    return pick(typed, wn.stages(definition), unknown, lang)


def item(definition: WorkflowDefinition, typed: str, lang: str) -> str:
    unknown = Problem("workflow.unknown_item", {"item": typed})
    return pick(typed, wn.checklist(definition), unknown, lang)


def approval(definition: WorkflowDefinition, typed: str, lang: str) -> str:
    unknown = Problem("workflow.unknown_approval", {"approval": typed})
    return pick(typed, wn.approvals(definition), unknown, lang)


def move(definition: WorkflowDefinition, typed: str, current: str, lang: str) -> str:
    """The trigger `typed` names for a ward at `current`: of the moves it names, the one out of
    `current`. A move named that does not leave `current` is returned as it is: the engine
    refuses it, saying what can be done from here."""
    things = wn.moves(definition)
    found = wn.matches(typed, things)
    here = {t.trigger for t in definition.triggers_from(current)}
    from_here = [f for f in found if f.code in here]
    if len(from_here) == 1:
        return from_here[0].code
    if len(from_here) > 1 or not found:
        unknown = Problem("workflow.unknown_trigger", {"trigger": typed})
        return pick(typed, from_here or things, unknown, lang)
    return found[0].code
