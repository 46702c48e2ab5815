"""Embedded font subsets made once and reused: most of a one-file certificate's cost.

reportlab embeds each TrueType face used in a PDF as subsets of up to 256 glyphs. Every
subset 0 holds all of ASCII (``rl_config.ttfAsciiReadable``) plus the non-ASCII
characters the document used, in order of first use. Building one means cutting the
glyphs out of the font (pure Python), compressing ~15 KB, and formatting 256 widths one
``fp_str`` at a time — about 1.5 ms per face, five faces per certificate. For a drive's
certificates the subsets repeat: with ASCII names every certificate has the same five,
and a name with "Ṭāhir" changes only the faces it is printed in.

``SubsetCachingTTFont`` therefore keeps the formatted subset objects (font file stream,
ToUnicode stream, widths) keyed by the subset's exact character list, and writes the
same bytes reportlab would have written. The PDF is byte-identical to an uncached one
(``tests/integration/test_certificate_render.py`` checks), only faster to make.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

# Each entry is ~15-40 KB (mostly the compressed font file); 160 entries is a few MB.
SUBSET_CACHE_LIMIT = 160


class _Formatted(pdfdoc.PDFObject):
    """An object whose PDF text was made earlier; written as is."""

    def __init__(self, text: bytes, *, ref_only: bool) -> None:
        self.text = text
        if ref_only:
            self.__RefOnly__ = 1

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return self.text


@dataclass(frozen=True)
class _SubsetObjects:
    font_file: bytes
    to_unicode: bytes
    widths: bytes


def _stream_text(content: bytes | str, extra: dict[str, object]) -> bytes:
    """What reportlab's Flate-compressed ``PDFStream.format`` writes, without encryption."""
    stream = pdfdoc.PDFStream(pdfdoc.PDFDictionary(dict(extra)), content, [pdfdoc.PDFZCompress])
    return stream.format(pdfdoc.DummyDoc())


class SubsetCachingTTFont(TTFont):
    """A ``TTFont`` that reuses its formatted subsets between documents.

    Only the document-independent parts are cached; names, references and the font
    descriptor are made per document exactly as reportlab makes them. Documents that
    reportlab would treat differently (encrypted, uncompressed) take the normal path.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._cache: OrderedDict[tuple[object, ...], _SubsetObjects] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.cache_hits = 0
        self.cache_misses = 0

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (reportlab's name)
        if not doc.compression or not isinstance(doc.encrypt, pdfdoc.NoEncryption):
            super().addObjects(doc)
            return
        state = self._assignState(doc)
        state.frozen = 1
        face = self.face
        for index, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(index, doc)[1:]
            base_font_name = b"".join((SUBSETN(index), b"+", face.name, face.subfontNameX)).decode(
                "pdfdoc"
            )
            parts = self._subset_objects(index, base_font_name, subset)

            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {index}"
            font.Name = internal_name
            font.BaseFont = base_font_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = _Formatted(parts.widths, ref_only=False)
            font.ToUnicode = doc.Reference(
                _Formatted(parts.to_unicode, ref_only=True), "toUnicodeCMap:" + base_font_name
            )
            font.FontDescriptor = self._descriptor(doc, base_font_name, parts.font_file)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]

    def _subset_objects(self, index: int, base_name: str, subset: list[int]) -> _SubsetObjects:
        key = (index, tuple(subset), rl_config.pdfMultiLine)
        with self._cache_lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                self.cache_hits += 1
                return found
        face = self.face
        content = face.makeSubset(subset)
        font_file = _stream_text(content, {"Length1": len(content)})
        to_unicode = _stream_text(makeToUnicodeCMap(base_name, subset), {})
        widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])
        made = _SubsetObjects(font_file, to_unicode, widths.format(pdfdoc.DummyDoc()))
        with self._cache_lock:
            self.cache_misses += 1
            self._cache[key] = made
            while len(self._cache) > SUBSET_CACHE_LIMIT:
                self._cache.popitem(last=False)
        return made

    def _descriptor(
        self, doc: pdfdoc.PDFDocument, base_name: str, font_file: bytes
    ) -> pdfdoc.PDFObjectReference:
        """reportlab's ``TTFontFace.addSubsetObjects`` with the font file already made."""
        face = self.face
        file_ref = doc.Reference(
            _Formatted(font_file, ref_only=True), f"fontFile:{face.filename}({base_name})"
        )
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(base_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": file_ref,
                "MissingWidth": face.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + base_name)
