"""Marks user-facing text outside the UI layer for Qt's translation tools.

The domain and vault layers may not import Qt, yet their error messages reach the coach in Dutch
or English. ``QT_TRANSLATE_NOOP`` carries the same name as Qt's macro so that
``pyside6-lupdate`` extracts these strings; the UI translates them with
``QCoreApplication.translate(context, text)`` and the CLI prints the English source text.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; the call marks it for translation in *context*."""
    del context
    return text
