"""Note templates a coach starts from: free, intake, session (GROW), evaluation, closing.

Names and bodies are marked for translation in context ``NoteTemplates``; the UI translates them
when a note is created, so the body is written in the language the coach is working in. The
stored ``template`` key stays English and stable (the GROW session note is ``"grow"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "NoteTemplates"


@dataclass(frozen=True, slots=True)
class NoteTemplate:
    key: str
    name: str  # English source text, translated by the UI
    title: str
    body: str


TEMPLATES: tuple[NoteTemplate, ...] = (
    NoteTemplate("free", QT_TRANSLATE_NOOP("NoteTemplates", "Free note"), "", ""),
    NoteTemplate(
        "intake",
        QT_TRANSLATE_NOOP("NoteTemplates", "Intake"),
        QT_TRANSLATE_NOOP("NoteTemplates", "Intake"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates",
            "Reason for coaching:\n\n"
            "Current situation:\n\n"
            "What the client wants to achieve:\n\n"
            "Sponsor or employer involved:\n\n"
            "Agreements (sessions, frequency, confidentiality):\n\n"
            "Next steps:\n",
        ),
    ),
    NoteTemplate(
        "grow",
        QT_TRANSLATE_NOOP("NoteTemplates", "Session (GROW)"),
        QT_TRANSLATE_NOOP("NoteTemplates", "Session"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates",
            "Goal – what does the client want from this session?\n\n"
            "Reality – where do things stand now?\n\n"
            "Options – what could the client do?\n\n"
            "Way forward – what will the client do, and by when?\n",
        ),
    ),
    NoteTemplate(
        "evaluation",
        QT_TRANSLATE_NOOP("NoteTemplates", "Evaluation"),
        QT_TRANSLATE_NOOP("NoteTemplates", "Evaluation"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates",
            "Goals at the start:\n\n"
            "What has been achieved:\n\n"
            "What helped, what did not:\n\n"
            "Adjustments for the rest of the trajectory:\n",
        ),
    ),
    NoteTemplate(
        "closing",
        QT_TRANSLATE_NOOP("NoteTemplates", "Closing"),
        QT_TRANSLATE_NOOP("NoteTemplates", "Closing session"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates",
            "Outcome compared with the goals:\n\n"
            "What the client takes along:\n\n"
            "Feedback from the client:\n\n"
            "Follow-up agreed (if any):\n",
        ),
    ),
)

BY_KEY: dict[str, NoteTemplate] = {t.key: t for t in TEMPLATES}


def template(key: str) -> NoteTemplate:
    """The template for *key*; unknown keys (from a newer version) count as free notes."""
    return BY_KEY.get(key, BY_KEY["free"])
