"""The Recovery Sheet: one printable A4 page with the recovery key, in Dutch or English.

The key always opens the vault and every backup, so the sheet says plainly what it is, where to
keep it and how to use it. The key is printed in numbered groups (the wizard asks the coach to
type one back) and as a QR code, and written via a temporary file that is renamed into place.
This is a document, not UI: its texts are translated here, not through Qt.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from datetime import date
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from coachdesk.paths import resources_dir
from coachdesk.services.access import recovery_groups
from coachdesk.vault.fsutil import atomic_write_bytes
from coachdesk.vault.keys import RECOVERY_PREFIX, normalise_recovery_key

KEY_FONT = "Courier-Bold"  # the key is ASCII; a standard font keeps it crisp and extractable
GROUPS_PER_ROW = 5
INK = colors.HexColor("#1D2733")
MUTED = colors.HexColor("#5B6775")
PANEL = colors.HexColor("#EEF2F6")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}  # fmt: skip

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Recovery Sheet",
        "created": "Created on {date}",
        "key_heading": "Your recovery key",
        "key_hint": "Type the groups in order after {prefix}. Spaces and capitals do not matter. "
        "The groups never contain B, I, O or 1: a round character is the digit zero.",
        "qr_caption": "The same key as a QR code",
        "what_h": "What is this?",
        "what": "This key opens your CoachDesk vault and every backup of it, also when you have "
        "forgotten your passphrase or this computer is lost or broken. CoachDesk keeps no copy "
        "of it: this sheet is the only one.",
        "keep_h": "Keep it on paper, away from the computer",
        "keep": "Put this sheet somewhere safe, for example with your passport or in a safe, "
        "not in your laptop bag. Do not photograph, scan or e-mail it, and do not store it in "
        "the cloud. If you saved it as a PDF file, delete that file after printing.",
        "risk_h": "Anyone holding it can read your data",
        "risk": "Whoever has this key and your laptop or one of your backups can read all your "
        "client files. Treat it like the key to your filing cabinet.",
        "use_h": "How to use it",
        "use": "Start CoachDesk, choose Unlock, then \u201cUse recovery key\u201d, and type the "
        "key. When you restore a backup on another computer, CoachDesk asks for this key too. "
        "It is a standard age key (age-encryption.org), so a backup can be opened even "
        "without CoachDesk.",
        "footer": "CoachDesk \u00b7 Recovery Sheet \u00b7 {practice}",
    },
    "nl": {
        "title": "Herstelblad",
        "created": "Aangemaakt op {date}",
        "key_heading": "Je herstelsleutel",
        "key_hint": "Typ de groepen op volgorde na {prefix}. Spaties en hoofdletters maken niet "
        "uit. De groepen bevatten nooit B, I, O of 1: een rond teken is het cijfer nul.",
        "qr_caption": "Dezelfde sleutel als QR-code",
        "what_h": "Wat is dit?",
        "what": "Met deze sleutel open je je CoachDesk-kluis en elke back-up ervan, ook als je "
        "je wachtwoordzin bent vergeten of als deze computer kwijt of kapot is. CoachDesk "
        "bewaart er geen kopie van: dit blad is het enige exemplaar.",
        "keep_h": "Bewaar het op papier, niet bij de computer",
        "keep": "Leg dit blad op een veilige plek, bijvoorbeeld bij je paspoort of in een "
        "kluis, en niet in je laptoptas. Maak er geen foto of scan van, mail het niet en zet "
        "het niet in de cloud. Heb je het als pdf-bestand bewaard, verwijder dat bestand dan "
        "na het printen.",
        "risk_h": "Wie dit blad heeft, kan je gegevens lezen",
        "risk": "Iedereen met deze sleutel en je laptop of een van je back-ups kan al je "
        "cli\u00ebntdossiers lezen. Behandel hem als de sleutel van je dossierkast.",
        "use_h": "Zo gebruik je het",
        "use": "Start CoachDesk, kies Ontgrendelen en dan \u201eHerstelsleutel gebruiken\u201d, "
        "en typ de sleutel. Zet je een back-up terug op een andere computer, dan vraagt "
        "CoachDesk ook om deze sleutel. Het is een standaard age-sleutel (age-encryption.org), "
        "dus een back-up is ook zonder CoachDesk te openen.",
        "footer": "CoachDesk \u00b7 Herstelblad \u00b7 {practice}",
    },
}


def _font_candidates() -> list[tuple[Path, Path]]:
    """TrueType pairs (regular, bold) with wide Latin coverage: a font shipped in
    ``resources/fonts`` first, then DejaVu (Linux), then Arial (Windows, macOS)."""
    dejavu = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu")
    pairs = [(resources_dir() / "fonts", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")]
    pairs += [(Path(folder), "DejaVuSans.ttf", "DejaVuSans-Bold.ttf") for folder in dejavu]
    pairs += [
        (Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts", "arial.ttf", "arialbd.ttf"),
        (Path("/System/Library/Fonts/Supplemental"), "Arial.ttf", "Arial Bold.ttf"),
        (Path("/Library/Fonts"), "Arial.ttf", "Arial Bold.ttf"),
    ]
    return [(folder / regular, folder / bold) for folder, regular, bold in pairs]


@functools.cache
def _registered(index: int) -> TTFont | None:
    """Register candidate *index* with reportlab once; None if absent or unreadable."""
    regular, bold = _font_candidates()[index]
    name = f"CoachDeskSans{index}"
    try:
        fonts = (TTFont(name, str(regular)), TTFont(f"{name}-Bold", str(bold)))
    except (OSError, TTFError):
        return None
    for font in fonts:
        pdfmetrics.registerFont(font)
    return fonts[0]


def text_fonts(sample: str) -> tuple[str, str]:
    """(regular, bold) font names that can draw *sample* (the practice name) and our texts.

    reportlab's standard Helvetica only covers Western European letters, so names such as
    "Şükrü" or "Łucja" need a TrueType font. We use the first one found that has every
    glyph, falling back to Helvetica (a name may then lose some accents).
    """
    needed = {ord(ch) for ch in sample + "ë“”„·" if not ch.isspace()}
    for index in range(len(_font_candidates())):
        font = _registered(index)
        if font is not None and needed <= set(font.face.charToGlyph):
            return font.fontName, f"{font.fontName}-Bold"
    return "Helvetica", "Helvetica-Bold"


def format_sheet_date(day: date, language: str) -> str:
    """'9 March 2026' / '9 maart 2026', independent of the computer's locale."""
    months = MONTHS.get(language, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def write_recovery_sheet(
    path: Path, *, practice_name: str, identity: str, created: date, language: str = "nl"
) -> None:
    """Write the sheet to *path* atomically. ``StorageError`` if the disk refuses;
    ``MalformedRecoveryKey`` for a bad key (a sheet with a wrong key is worse than none)."""
    identity = normalise_recovery_key(identity)
    data = render_recovery_sheet(practice_name=practice_name, identity=identity,
                                 created=created, language=language)  # fmt: skip
    atomic_write_bytes(Path(path), data, mode=0o600)


def render_recovery_sheet(
    *, practice_name: str, identity: str, created: date, language: str = "nl"
) -> bytes:
    """The sheet as PDF bytes (nothing touches the disk)."""
    texts = TEXTS.get(language, TEXTS["en"])
    regular, bold = text_fonts(practice_name)
    practice_name = _printable(practice_name, regular)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(texts["title"])
    canvas.setAuthor(practice_name)
    canvas.setCreator("CoachDesk")
    width, height = A4
    left, right = 20 * mm, width - 20 * mm
    y = height - 22 * mm

    canvas.setFillColor(INK)
    canvas.setFont(bold, 26)
    canvas.drawString(left, y - 20, texts["title"])
    canvas.setFont(regular, 10)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(right, y - 18, "CoachDesk")
    y -= 34
    y -= _paragraph(canvas, practice_name, _style(bold, 14, 18, INK), left, y, right - left) + 16
    canvas.setFont(regular, 11)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, y, texts["created"].format(date=format_sheet_date(created, language)))
    y -= 14

    y = _draw_key_panel(canvas, identity, texts, (regular, bold), left, right, y)
    _draw_qr(canvas, identity, texts["qr_caption"], regular, right, y)

    column = right - left - 48 * mm
    for heading, body in (("what_h", "what"), ("keep_h", "keep"), ("risk_h", "risk"),
                          ("use_h", "use")):  # fmt: skip
        y -= 12 + _paragraph(canvas, texts[heading], _style(bold, 11.5, 15, INK), left, y - 12,
                             column) + 3  # fmt: skip
        y -= _paragraph(canvas, texts[body], _style(regular, 10, 14, INK), left, y, column)

    canvas.setStrokeColor(PANEL)
    canvas.line(left, 18 * mm, right, 18 * mm)
    canvas.setFont(regular, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, 13 * mm, texts["footer"].format(practice=practice_name))
    canvas.drawRightString(right, 13 * mm, created.isoformat())
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _style(font: str, size: float, leading: float, color: colors.Color) -> ParagraphStyle:
    return ParagraphStyle(f"{font}-{size}", fontName=font, fontSize=size, leading=leading,
                          textColor=color)  # fmt: skip


def _printable(text: str, font: str) -> str:
    """*text* as *font* can draw it: TrueType fonts were chosen to cover it; for Helvetica,
    letters outside its character set lose their accents ("Ş" becomes "S") or become "?"."""
    if font.startswith("CoachDeskSans"):
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", plain).encode("cp1252", "replace").decode("cp1252")


def _paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float
) -> float:
    """Draw wrapped *text* with its top at *top*; returns the height it used."""
    paragraph = Paragraph(escape(text), style)
    _, height = paragraph.wrapOn(canvas, width, 1000)
    paragraph.drawOn(canvas, x, top - height)
    return float(height)


def _draw_key_panel(
    canvas: Canvas, identity: str, texts: dict[str, str], fonts: tuple[str, str],
    left: float, right: float, top: float,
) -> float:  # fmt: skip
    """The key in large numbered groups on a tinted panel; returns the y below the panel."""
    regular, bold = fonts
    groups = recovery_groups(identity)
    rows = [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
    hint = Paragraph(
        escape(texts["key_hint"].format(prefix=RECOVERY_PREFIX)), _style(regular, 9, 12, MUTED)
    )
    inner = right - left - 32
    _, hint_height = hint.wrapOn(canvas, inner, 60)
    panel_height = 58 + len(rows) * 46 + hint_height + 12
    bottom = top - panel_height
    canvas.setFillColor(PANEL)
    canvas.roundRect(left, bottom, right - left, panel_height, 8, stroke=0, fill=1)
    x0, y = left + 16, top - 24
    canvas.setFillColor(INK)
    canvas.setFont(bold, 12)
    canvas.drawString(x0, y, texts["key_heading"])
    y -= 26
    canvas.setFont(KEY_FONT, 17)
    canvas.drawString(x0, y, RECOVERY_PREFIX)
    cell = inner / GROUPS_PER_ROW
    number = 1
    for row in rows:
        y -= 46
        for col, group in enumerate(row):
            x = x0 + col * cell
            canvas.setFillColor(MUTED)
            canvas.setFont(regular, 8.5)
            canvas.drawString(x, y + 23, str(number))
            canvas.setFillColor(INK)
            canvas.setFont(KEY_FONT, 20)
            canvas.drawString(x, y, group)
            number += 1
    hint.drawOn(canvas, x0, bottom + 12)
    return bottom


def _draw_qr(
    canvas: Canvas, identity: str, caption: str, font: str, right: float, top: float
) -> None:
    """The full key as a QR code, as one form XObject at the top right under the key panel."""
    size = 42 * mm
    widget = QrCodeWidget(identity, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    canvas.beginForm("RecoveryKeyQR", lowerx=0, lowery=0, upperx=size, uppery=size)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.endForm()
    x, y = right - size, top - 14 - size
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm("RecoveryKeyQR")
    canvas.restoreState()
    canvas.setFont(font, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(x + size / 2, y - 10, caption)
