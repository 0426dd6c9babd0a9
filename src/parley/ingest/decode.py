"""Bytes to text: byte-order marks, UTF-16 without BOM, mis-declared and legacy encodings,
and refusing binary files with a reason."""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

# File signatures of the binary formats people most often drop into a folder of articles.
_MAGIC = [
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"RIFF", "audio/video file"),
    (b"OggS", "audio file"),
    (b"ID3", "MP3 audio"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Typical sequences left when UTF-8 was decoded as Latin-1/cp1252 somewhere upstream.
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac")


class DecodeError(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte of ASCII characters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        enc = "utf-16-le"
    elif even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def _utf32_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 text without a BOM: four bytes a character, the highest always NUL (no code point
    is above U+10FFFF) and the next mostly NUL; read only when the whole decodes strictly."""
    sample = data[:4096]
    sample = sample[:len(sample) - len(sample) % 4]
    if len(sample) < 8 or len(data) % 4:
        return None
    n = len(sample) // 4
    for enc, top, next_ in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
        if sample[top::4].count(0) == n and sample[next_::4].count(0) >= 0.9 * n:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    return bad / len(sample)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252/Latin-1 damage ("Tokyoâ€™s", "Ã©") when it is clearly present (ftfy)."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # no-break and zero-width spaces become plain spaces / nothing
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return text


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode article bytes or raise DecodeError(reason, detail)."""
    if not data.strip():
        raise DecodeError("empty", "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(normalize_text(data[len(bom):].decode(enc)), enc)
            except UnicodeDecodeError as exc:
                raise DecodeError("bad-encoding", f"declares {enc} by its BOM but does not decode ({exc.reason})")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError("binary", f"binary file ({what}), not an article")
    if b"\x00" in data[:8192]:
        utf32 = _utf32_without_bom(data)
        if utf32 is not None and _control_ratio(utf32[0]) <= 0.02:     # not an array of small integers
            return Decoded(normalize_text(utf32[0]), utf32[1])
        text = _utf16_without_bom(data)
        if text is None:
            raise DecodeError("binary", "binary file (contains NUL bytes), not an article")
        return Decoded(normalize_text(text), "utf-16")
    # Declared encodings are often wrong; UTF-8 that decodes strictly is almost never an accident.
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data[:200_000]).best()
        enc = (best.encoding if best is not None else None) or declared or "cp1252"
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            text = data.decode("cp1252", errors="replace")
            enc = "cp1252"
    text = repair_mojibake(text)
    if _control_ratio(text) > 0.02:
        raise DecodeError("binary", "binary file (control characters throughout), not an article")
    if text.count("\ufffd") > max(5, len(text) // 100):
        raise DecodeError("bad-encoding", f"text does not decode cleanly ({enc}); too many undecodable bytes")
    return Decoded(normalize_text(text), enc)
