"""Rules as data: the ruleset (severities, parameters, legal basis) and the rule catalogue (texts).

A ruleset file is what an officer adapts for a round of congresses; the catalogue holds the message
templates of each rule in Vietnamese and English. Both are validated here against the rules the code
knows (`RuleDef`), so a typo in a key, a parameter or a template field is caught on load.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, ValidationError

from congress.core.figures import Label, Labels, Ratio
from congress.core.findings import Finding, Outcome, Severity, Status
from congress.core.model import Model
from congress.core.numbers import format_limit, parse_percent


def _percent(value: object) -> Fraction:
    try:
        result = parse_percent(value)
    except ValueError as exc:
        raise ValueError("not a percent") from exc
    if not 0 <= result <= 100:
        raise ValueError("percent out of range")
    return result


Percent = Annotated[
    Fraction,
    BeforeValidator(_percent),
    PlainSerializer(format_limit, return_type=str),
]


class Strict(Model):
    """Base of every definition model: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)


class NoParams(Strict):
    """A rule without parameters."""


class Range(Strict):
    """An inclusive range of counts."""

    min: int = Field(ge=0)
    max: int = Field(ge=0)


LocalText = dict[str, str]


class RuleTexts(Strict):
    """A rule's texts in the catalogue: a title, message variants, hint variants."""

    title: LocalText
    messages: dict[str, LocalText]
    hints: dict[str, LocalText] = {}


class RuleSetting(Strict):
    """A rule as a ruleset configures it."""

    severity: Severity
    enabled: bool = True
    basis: str = ""
    params: dict[str, Any] = {}


class AgeBand(Strict):
    """An age band for the statistics, bounds inclusive."""

    label: str
    min: int | None = None
    max: int | None = None

    def contains(self, age: int) -> bool:
        return (self.min is None or age >= self.min) and (self.max is None or age <= self.max)


class Ruleset(Strict):
    """A ruleset file: one round of congresses (e.g. the 2024-2029 ward congresses)."""

    id: str
    version: int = Field(ge=1)
    title: str
    term: str
    extends: str | None = None
    categories: list[str] = []
    age_bands: list[AgeBand] = []
    rules: dict[str, RuleSetting]


P = TypeVar("P", bound=BaseModel)
C = TypeVar("C")


@dataclass(frozen=True)
class RuleDef(Generic[C, P]):
    """A rule the code knows: its id, its parameter model, its template fields, its evaluation."""

    id: str
    params: type[P]
    fields: frozenset[str]
    messages: frozenset[str]
    hints: frozenset[str]
    evaluate: Callable[[C, P], list[Outcome]]


class DefinitionError(ValueError):
    """A definition (ruleset, catalogue, workflow) is invalid at `loc`; `key` names the message."""

    def __init__(self, loc: tuple[str | int, ...], key: str, **params: object) -> None:
        self.loc = loc
        self.key = key
        self.params = params
        super().__init__(f"{'.'.join(map(str, loc))}: {key} {params}")


class ParamsInvalid(ValueError):
    """A rule's parameters in a ruleset do not fit its parameter model."""

    def __init__(self, rule_id: str, model: type[BaseModel], error: ValidationError) -> None:
        self.rule_id = rule_id
        self.model = model
        self.error = error
        super().__init__(f"rules.{rule_id}.params: {error}")


@dataclass(frozen=True)
class RuleBook:
    """A validated ruleset with its parsed parameters and the catalogue's texts."""

    ruleset: Ruleset
    params: Mapping[str, BaseModel]
    texts: Mapping[str, RuleTexts]
    labels: Callable[[str, str], str] | None = None

    def enabled(self, rule_id: str) -> bool:
        setting = self.ruleset.rules.get(rule_id)
        return setting is not None and setting.enabled

    def finding(self, rule_id: str, outcome: Outcome, lang: str) -> Finding:
        """Fill the catalogue's templates for `outcome` and attach severity and basis."""
        setting = self.ruleset.rules[rule_id]
        texts = self.texts[rule_id]
        values = {k: self._display(v, lang) for k, v in outcome.values.items()}
        message = _fill(_pick(texts.messages[outcome.variant], lang), values)
        hints = [_fill(_pick(texts.hints[h], lang), values) for h in outcome.hints]
        return Finding(
            rule=rule_id,
            ok=outcome.status is not Status.FAILED,
            severity=Severity.WARNING if outcome.optional else setting.severity,
            status=outcome.status,
            title=_pick(texts.title, lang),
            actual=outcome.actual,
            limit=outcome.limit,
            people=outcome.people,
            message=message,
            hint=" ".join(hints) or None,
            basis=setting.basis,
        )

    def _display(self, value: Any, lang: str) -> Any:
        """A template value as the reader sees it: a `Label` in their language, a `Ratio` as
        its percentage, a `Fraction` as short as it is exact; other values as they are."""
        if isinstance(value, dict):
            return _pick(value, lang)
        if isinstance(value, Label):
            return self._word(value.key, lang)
        if isinstance(value, Labels):
            return "; ".join(self._word(key, lang) for key in value.keys)
        if isinstance(value, Ratio):
            return value.percent_text
        if isinstance(value, Fraction):
            return format_limit(value)
        return value

    def _word(self, key: str, lang: str) -> str:
        if self.labels is None:
            raise LookupError(f"no translator for the label {key!r}")
        return self.labels(key, lang)


class _Lenient(string.Formatter):
    """Leaves a placeholder the outcome has no value for visible, instead of raising.

    The catalogue is checked on load against the rule's fields, but a field that belongs to one
    variant may be written into another (``{count}`` in ``not_checked``): show it, don't crash.
    """

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)


_FORMATTER = _Lenient()


class _Missing(dict[str, Any]):
    """The values of `_fill` for `str.format_map`: a name without a value stays visible."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, values: Mapping[str, Any]) -> str:
    """`template` filled as `_Lenient` fills it. `str.format_map` does the same in C; a template
    it refuses (a positional field, a bad attribute) goes through `_Lenient`, which says why."""
    try:
        return template.format_map(_Missing(values))
    except (ValueError, LookupError, AttributeError, TypeError):
        return _FORMATTER.vformat(template, (), values)


def _pick(text: LocalText, lang: str) -> str:
    return text.get(lang) or text["vi"]


def template_fields(template: str) -> set[str]:
    """The named placeholders of a `str.format` template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def build_rulebook(
    ruleset: Ruleset,
    catalogue: Mapping[str, RuleTexts],
    registry: Mapping[str, RuleDef[Any, Any]],
    labels: Callable[[str, str], str] | None = None,
    *,
    known: Collection[str] | None = None,
    texts_checked: bool = False,
) -> RuleBook:
    """Check a ruleset and catalogue against the known rules and parse every rule's parameters.

    `known` (default: the registry's ids) is every rule id the code knows; a known rule outside
    `registry` (a section the command does not evaluate) is accepted and its parameters are not
    parsed: the book has no `params` for it. `texts_checked`: the caller has run `check_texts`
    on this catalogue and registry (it depends on neither the ruleset nor the ward)."""
    params: dict[str, BaseModel] = {}
    ids = list(registry) if known is None else list(known)
    for rule_id, setting in ruleset.rules.items():
        rule = registry.get(rule_id)
        if rule is None and rule_id not in ids:
            raise DefinitionError(
                ("rules", rule_id), "config.unknown_rule", rule=rule_id, allowed=", ".join(ids)
            )
        if rule_id not in catalogue:
            raise DefinitionError((rule_id,), "config.missing")
        if rule is None:
            continue  # known, in a section this book does not evaluate
        try:
            params[rule_id] = rule.params.model_validate(setting.params)
        except ValidationError as exc:
            raise ParamsInvalid(rule_id, rule.params, exc) from exc
    if not texts_checked:
        check_texts(catalogue, registry)
    return RuleBook(ruleset=ruleset, params=params, texts=catalogue, labels=labels)


def check_texts(
    catalogue: Mapping[str, RuleTexts], registry: Mapping[str, RuleDef[Any, Any]]
) -> None:
    """Every rule of `registry` has the message and hint variants it uses in the catalogue, and
    their templates name only its fields (DefinitionError)."""
    for rule_id, texts in catalogue.items():
        rule = registry.get(rule_id)
        if rule is None:
            continue
        allowed = rule.fields
        for group, needed, have in (
            ("messages", rule.messages, texts.messages),
            ("hints", rule.hints, texts.hints),
        ):
            absent = sorted(needed - set(have))
            if absent:
                raise DefinitionError((rule_id, group, absent[0]), "config.missing")
        groups = [("messages", texts.messages), ("hints", texts.hints)]
        for group, variants in groups:
            for variant, text in variants.items():
                for lang, template in text.items():
                    unknown = template_fields(template) - allowed
                    if unknown:
                        raise DefinitionError(
                            (rule_id, group, variant, lang),
                            "config.template_field",
                            field=sorted(unknown)[0],
                            allowed=", ".join(sorted(rule.fields)),
                        )


def evaluate(
    book: RuleBook,
    registry: Mapping[str, RuleDef[C, Any]],
    context: C,
    lang: str,
) -> list[Finding]:
    """Evaluate every enabled rule of `registry` (none short-circuits) and return all findings."""
    findings: list[Finding] = []
    for rule_id, rule in registry.items():
        if not book.enabled(rule_id):
            continue
        for outcome in rule.evaluate(context, book.params[rule_id]):
            findings.append(book.finding(rule_id, outcome, lang))
    return findings
