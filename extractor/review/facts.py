"""A record's facts as the review page shows them: one entry per fact with its spans in the text,
a readable normalized value, the rule id, and its line in a gold file; plus the highlighted text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

# Field order on the page: (record key, label on the page).
FIELDS = (("dates", "Dates"), ("officials", "Officials"), ("operations", "Operations"),
          ("agencies", "Agencies"), ("counts", "Counts"), ("amounts", "Amounts"))


@dataclass
class Fact:
    id: str  # stable across rebuilds: field and first span, so saved decisions find their fact again
    field: str
    label: str
    value: str
    rule: str
    gold: Any
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, text)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "field": self.field, "label": self.label, "value": self.value,
                "rule": self.rule, "gold": self.gold, "spans": [[s, e] for s, e, _ in self.spans]}


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, "", []))


def _mentions(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    return [(m["start"], m["end"], m["text"]) for m in item.get("mentions", [])]


def _own_span(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    return [(item["start"], item["end"], item["text"])]


def date_fact(d: dict[str, Any]) -> tuple[str, str, Any, list[tuple[int, int, str]]]:
    value = d.get("value") or "no value"
    if d.get("end_value"):
        value = f"{value} to {d['end_value']}"
    shown = _join(value, d.get("grain"), "relative" if d.get("relative") else None)
    return d["text"], shown, {"value": d.get("value"), "grain": d.get("grain")}, _own_span(d)


def official_fact(o: dict[str, Any]) -> tuple[str, str, Any, list[tuple[int, int, str]]]:
    return (o["name"], _join(o.get("title") or "no title", o.get("organization")),
            {"name": o["name"], "title": o.get("title")}, _mentions(o))


def operation_fact(o: dict[str, Any]) -> tuple[str, str, Any, list[tuple[int, int, str]]]:
    return o["name"], "named operation", o["name"], _mentions(o)


def agency_fact(a: dict[str, Any]) -> tuple[str, str, Any, list[tuple[int, int, str]]]:
    aliases = ", ".join(a.get("aliases") or [])
    return (a["name"], f"also {aliases}" if aliases else "",
            {"name": a["name"], "aliases": list(a.get("aliases") or [])}, _mentions(a))


def count_fact(c: dict[str, Any]) -> tuple[str, str, Any, list[tuple[int, int, str]]]:
    shown = _join(c.get("qualifier"), f"{c['value']} {c['item']}", c.get("event") and f"event {c['event']}",
                  c.get("charge") and f"charge {c['charge']}", "total" if c.get("total") else None)
    return (c["text"], shown, {"value": c["value"], "item": c["item"], "event": c.get("event")},
            _own_span(c))


def amount_fact(a: dict[str, Any]) -> tuple[str, str, Any, list[tuple[int, int, str]]]:
    shown = _join(a.get("qualifier"), f"{a['value']:,.2f} {a['unit']}", a.get("item"))
    return a["text"], shown, {"value": a["value"], "unit": a["unit"]}, _own_span(a)


READERS = {"dates": date_fact, "officials": official_fact, "operations": operation_fact,
           "agencies": agency_fact, "counts": count_fact, "amounts": amount_fact}


def facts_of(record: dict[str, Any]) -> list[Fact]:
    """Every fact of the record, field by field, in record order."""
    facts = []
    for name, _ in FIELDS:
        for item in record.get(name) or []:
            label, shown, gold, spans = READERS[name](item)
            first = f"{spans[0][0]}-{spans[0][1]}" if spans else label
            facts.append(Fact(f"{name}:{first}", name, label, shown, str(item.get("rule") or ""), gold, spans))
    return _unique_ids(facts)


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    seen: dict[str, int] = {}
    for fact in facts:
        n = seen.get(fact.id, 0)
        seen[fact.id] = n + 1
        if n:
            fact.id = f"{fact.id}#{n}"
    return facts


@dataclass(order=True)
class _Span:
    start: int
    neg_end: int  # longer spans open first, so they enclose the shorter ones starting at the same place
    index: int
    fact: Fact = field(compare=False)
    number: int = field(compare=False)

    @property
    def end(self) -> int:
        return -self.neg_end


def placed_spans(facts: list[Fact], text: str) -> tuple[list[_Span], list[str]]:
    """Spans whose offsets hold their text; the others are reported, not drawn in the wrong place."""
    spans, misplaced = [], []
    for fact in facts:
        for number, (start, end, said) in enumerate(fact.spans):
            if 0 <= start < end <= len(text) and text[start:end] == said:
                spans.append(_Span(start, -end, len(spans), fact, number))
            else:
                misplaced.append(f"{fact.label!r} ({fact.field}) is not at {start}-{end} in the text")
    return sorted(spans), misplaced


def _open_tag(span: _Span, continued: bool) -> str:
    fact = span.fact
    part = ' data-part="cont"' if continued else ""
    return (f'<mark class="hl f-{fact.field}" data-fact="{escape(fact.id)}" data-span="{span.number}"'
            f'{part}>')


def highlight(text: str, facts: list[Fact]) -> tuple[Markup, list[str]]:
    """The text as HTML with one <mark> per fact span, nested where spans nest. A span that crosses
    another is closed and reopened around it (its parts share data-fact, the later ones say
    data-part="cont"). All text goes through markupsafe.escape: release text is untrusted."""
    spans, misplaced = placed_spans(facts, text)
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starting: dict[int, list[_Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    out: list[str] = []
    stack: list[_Span] = []
    for here, after in zip(bounds, [*bounds[1:], None], strict=True):
        ending = [s for s in stack if s.end == here]
        if ending:
            deepest = min(stack.index(s) for s in ending)
            reopen = [s for s in stack[deepest:] if s.end != here]
            out.append("</mark>" * (len(stack) - deepest))
            del stack[deepest:]
            for span in reopen:
                out.append(_open_tag(span, continued=True))
                stack.append(span)
        for span in sorted(starting.get(here, []), key=lambda s: -s.end):
            out.append(_open_tag(span, continued=False))
            stack.append(span)
        if after is not None:
            out.append(str(escape(text[here:after])))
    out.append("</mark>" * len(stack))
    return Markup("".join(out)), misplaced
