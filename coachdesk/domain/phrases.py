"""A short phrase that is English text and can still be shown in the coach's language.

Reports from the services (why an imported event was skipped, why a repeat rule is refused)
are lists of plain strings: the command line prints them and the tests compare them. A
``Phrase`` *is* that English string, and also remembers the template it was filled from (marked
with ``QT_TRANSLATE_NOOP(context, …)``) and its fields, so the window can translate the
template and fill it again (``coachdesk.ui.i18n_phrases.tr_phrase``). A field that is itself a
``Phrase`` (a translatable word such as "start") is translated the same way.
"""

from __future__ import annotations

from typing import Any


class Phrase(str):
    """English text made from ``template.format(**fields)``; ``context`` is its Qt context."""

    context: str
    template: str
    fields: dict[str, object]

    def __new__(cls, context: str, template: str, **fields: object) -> Phrase:
        made = super().__new__(cls, template.format(**fields))
        made.context = context
        made.template = template
        made.fields = dict(fields)
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (a worker's result) keeps the parts
        return (_rebuild, (self.context, self.template, self.fields))


def _rebuild(context: str, template: str, fields: dict[str, object]) -> Phrase:
    return Phrase(context, template, **fields)
