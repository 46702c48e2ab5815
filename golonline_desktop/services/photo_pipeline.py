"""Import a product photo: refuse what cannot be used, normalise the rest, store it once.

Officers bring photos from phones, WhatsApp and old cameras: sideways JPEGs with EXIF
orientation, CMYK scans, transparent PNGs, 16-bit files, 50 MP originals with GPS tags.
Everything accepted leaves here as an upright, metadata-free, sRGB 8-bit progressive JPEG
with a long edge of at most 2048 px plus a 256 px thumbnail; everything refused raises
:class:`PhotoRejected` with a finding the officer can act on, and nothing is written.
"""

from __future__ import annotations

import io
import math
import struct
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageCms, UnidentifiedImageError

from golonline_desktop.domain.findings import Finding, error, warning
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.marketplaces import MarketplaceProfile
from golonline_desktop.domain.products import PhotoFacts
from golonline_desktop.storage.photo_store import PhotoStore

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
ORIENTATION_TAG = 0x0112
_TRANSPOSE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1")
_LOAD_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError)
WHITE = (255, 255, 255)


@dataclass(frozen=True)
class PhotoSettings:
    """Tunable limits; defaults suit marketplace uploads and a laptop's memory."""

    max_long_edge: int = 2048
    jpeg_quality: int = 85
    thumbnail_edge: int = 256
    thumbnail_quality: int = 80
    max_pixels: int = 80_000_000
    """Refused above this (decompression bombs; also 108 MP phone modes, ~330 MB decoded)."""
    max_file_bytes: int = 50 * 1024 * 1024
    min_short_edge: int = 100
    draft_min_fraction: float = 0.9
    """A JPEG may be decoded at 1/2, 1/4 or 1/8 scale (nearly free in libjpeg) when the
    result keeps at least this fraction of ``max_long_edge``: a 4032 px phone photo is
    stored at 2016 px instead of being decoded in full and resampled to 2048 (~4x slower)."""


class PhotoRejected(Exception):  # noqa: N818 - the name the callers use
    """The file cannot become a product photo; ``finding`` says why and what to do."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.render())
        self.finding = finding


@dataclass(frozen=True)
class ProcessedPhoto:
    sha256: str
    thumb_path: Path
    width: int
    height: int
    bytes: int
    source_format: str
    warnings: tuple[Finding, ...] = ()

    @property
    def facts(self) -> PhotoFacts:
        return PhotoFacts(self.sha256, self.width, self.height, self.bytes, "JPEG")


def _reject(code: str, message: str, **params: object) -> PhotoRejected:
    return PhotoRejected(error(code, message, "photo", **params))


@cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _to_eight_bit(image: Image.Image) -> Image.Image:
    """Bring any decoded mode to L, RGB, RGBA or CMYK, scaling 16-bit values (not clipping)."""
    mode = image.mode
    if mode.startswith("I") or mode == "F":
        # Pillow clips I;16 -> L at 255; divide first so a 16-bit ramp stays a ramp.
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if mode == "P":
        return image.convert("RGBA" if "transparency" in image.info else "RGB")
    if mode in {"LA", "PA", "La", "RGBa", "RGBX"}:
        return image.convert("RGBA" if mode != "RGBX" else "RGB")
    if mode == "1":
        return image.convert("L")
    if mode in {"L", "RGB", "RGBA", "CMYK"}:
        return image
    return image.convert("RGB")


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Colour-convert to sRGB through the embedded profile; flatten transparency on white."""
    has_alpha = image.mode == "RGBA"
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if "srgb" not in ImageCms.getProfileDescription(source).lower():
                image = ImageCms.profileToProfile(
                    image, source, _srgb(), outputMode="RGBA" if has_alpha else "RGB"
                )
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile must not cost the photo: fall back to a plain conversion
    if image.mode == "RGBA":
        flat = Image.new("RGB", image.size, WHITE)
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    return image if image.mode == "RGB" else image.convert("RGB")


def _encode_jpeg(image: Image.Image, quality: int) -> bytes:
    """Encode without any metadata: no EXIF (GPS), no XMP, no ICC, no comments."""
    clean = image if image.mode == "RGB" else image.convert("RGB")
    clean.info = {}
    out = io.BytesIO()
    # Progressive JPEGs always get optimised Huffman tables; optimize=True adds nothing.
    clean.save(out, "JPEG", quality=quality, progressive=True)
    return out.getvalue()


def _scaled(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    width, height = size
    scale = long_edge / max(width, height)
    if scale >= 1:
        return size
    return max(1, round(width * scale)), max(1, round(height * scale))


def square_pad(
    image: Image.Image, *, side: int | None = None, background: tuple[int, int, int] = WHITE
) -> Image.Image:
    """Centre ``image`` on a white square (marketplaces crop anything else to 1:1 themselves).

    ``side`` scales the square down to that many pixels; it never scales up, because
    invented pixels pass a size check but still look blurred to buyers.
    """
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    edge = max(rgb.size)
    if rgb.size[0] != rgb.size[1]:
        canvas = Image.new("RGB", (edge, edge), background)
        canvas.paste(rgb, ((edge - rgb.size[0]) // 2, (edge - rgb.size[1]) // 2))
        rgb = canvas
    if side is not None and side < edge:
        rgb = rgb.resize((side, side), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return rgb


def encode_for_marketplace(
    data: bytes, *, side: int = 1000, max_bytes: int = 1_048_576, square: bool = True
) -> bytes:
    """A stored photo re-encoded for upload: square (optionally), ~``side`` px, ≤ ``max_bytes``."""
    with Image.open(io.BytesIO(data)) as opened:
        opened.draft("RGB", _scaled(opened.size, side))
        image = opened.convert("RGB")
    image = (
        square_pad(image, side=side)
        if square
        else image.resize(_scaled(image.size, side), Image.Resampling.LANCZOS)
    )
    for quality in (85, 78, 70, 62, 55, 48, 40):
        encoded = _encode_jpeg(image, quality)
        if len(encoded) <= max_bytes:
            return encoded
    smaller = image.resize(_scaled(image.size, max(64, side // 2)), Image.Resampling.LANCZOS)
    return _encode_jpeg(smaller, 40)


class PhotoPipeline:
    def __init__(self, store: PhotoStore, settings: PhotoSettings | None = None) -> None:
        self.store = store
        self.settings = settings or PhotoSettings()

    def process_file(
        self, path: Path, *, marketplaces: Sequence[MarketplaceProfile] = ()
    ) -> ProcessedPhoto:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > self.settings.max_file_bytes:
                raise self._too_big(size)
            data = path.read_bytes()
        except OSError as exc:
            raise _reject(
                "photo.unreadable",
                QT_TRANSLATE_NOOP(
                    "Finding", "The file {name} cannot be read ({reason}): copy it again."
                ),
                name=path.name,
                reason=exc.strerror or type(exc).__name__,
            ) from exc
        return self.process_bytes(data, path.name, marketplaces=marketplaces)

    def _too_big(self, size: int) -> PhotoRejected:
        return _reject(
            "photo.file_too_large",
            QT_TRANSLATE_NOOP(
                "Finding",
                "The file is {size_mb} MB; photos up to {max_mb} MB are accepted: "
                "choose a smaller photo or a lower camera resolution.",
            ),
            size_mb=round(size / 1_048_576, 1),
            max_mb=self.settings.max_file_bytes // 1_048_576,
        )

    def process_bytes(
        self, data: bytes, name: str = "", *, marketplaces: Sequence[MarketplaceProfile] = ()
    ) -> ProcessedPhoto:
        """Decode, check and normalise ``data``; store it only if everything succeeded."""
        if not data:
            raise _reject(
                "photo.empty",
                QT_TRANSLATE_NOOP(
                    "Finding", "The file {name} is empty (0 bytes): copy the photo again."
                ),
                name=name,
            )
        if len(data) > self.settings.max_file_bytes:
            raise self._too_big(len(data))
        image, source_format = self._open(data, name)
        with image:
            orientation = self._orientation(image)
            icc = image.info.get("icc_profile")
            self._draft(image)
            try:
                image.load()
            except _LOAD_ERRORS as exc:
                raise _reject(
                    "photo.truncated",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "The photo {name} is incomplete or damaged and cannot be read: "
                        "copy it from the camera or phone again.",
                    ),
                    name=name,
                ) from exc
            picture = _to_eight_bit(image)
        target = _scaled(picture.size, self.settings.max_long_edge)
        if target != picture.size:
            picture = picture.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)
        picture = _to_srgb(picture, icc)
        transpose = _TRANSPOSE_FOR_ORIENTATION.get(orientation)
        if transpose is not None:
            picture = picture.transpose(transpose)
        encoded = _encode_jpeg(picture, self.settings.jpeg_quality)
        thumb = picture.copy()
        edge = self.settings.thumbnail_edge
        thumb.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=2.0)
        thumb_bytes = _encode_jpeg(thumb, self.settings.thumbnail_quality)

        sha = self.store.put_bytes(encoded)
        if not self.store.has_thumbnail(sha):
            self.store.put_thumbnail(sha, thumb_bytes)
        width, height = picture.size
        return ProcessedPhoto(
            sha256=sha,
            thumb_path=self.store.thumb_path(sha),
            width=width,
            height=height,
            bytes=len(encoded),
            source_format=source_format,
            warnings=tuple(self._size_warnings(width, height, marketplaces)),
        )

    def ensure_thumbnail(self, sha: str) -> Path:
        """The thumbnail of a stored photo, rebuilt if a crash or a cleanup lost it."""
        if not self.store.has_thumbnail(sha):
            with Image.open(self.store.path_for(sha)) as opened:
                edge = self.settings.thumbnail_edge
                opened.draft("RGB", (edge, edge))
                opened.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=2.0)
                self.store.put_thumbnail(sha, _encode_jpeg(opened, self.settings.thumbnail_quality))
        return self.store.thumb_path(sha)

    def _open(self, data: bytes, name: str) -> tuple[Image.Image, str]:
        try:
            with warnings.catch_warnings():
                # Our own pixel limit below is the one that applies.
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as exc:
            raise self._bomb(name, None) from exc
        except UnidentifiedImageError as exc:
            if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
                raise self._unsupported(name, "HEIC") from exc
            raise _reject(
                "photo.not_an_image",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The file {name} is not a photo (or is badly damaged): "
                    "choose a JPEG, PNG or WebP photo.",
                ),
                name=name,
            ) from exc
        except _LOAD_ERRORS as exc:
            raise _reject(
                "photo.truncated",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The photo {name} is incomplete or damaged and cannot be read: "
                    "copy it from the camera or phone again.",
                ),
                name=name,
            ) from exc
        source_format = image.format or ""
        if source_format not in ACCEPTED_FORMATS:
            image.close()
            raise self._unsupported(name, source_format or "?")
        width, height = image.size
        if width * height > self.settings.max_pixels:
            image.close()
            raise self._bomb(name, (width, height))
        if min(width, height) < self.settings.min_short_edge:
            image.close()
            raise _reject(
                "photo.too_small",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The photo {name} is only {width}×{height} px; at least {min} px on the "
                    "short side is needed: take the photo again at a normal size.",
                ),
                name=name,
                width=width,
                height=height,
                min=self.settings.min_short_edge,
            )
        return image, source_format

    def _unsupported(self, name: str, found: str) -> PhotoRejected:
        return _reject(
            "photo.unsupported_format",
            QT_TRANSLATE_NOOP(
                "Finding",
                "{name} is a {format} file; only JPEG, PNG and WebP photos are accepted: "
                "save it as JPEG (on iPhone: Settings > Camera > Formats > Most Compatible).",
            ),
            name=name,
            format=found,
        )

    def _bomb(self, name: str, size: tuple[int, int] | None) -> PhotoRejected:
        width, height = size or (0, 0)
        return _reject(
            "photo.too_many_pixels",
            QT_TRANSLATE_NOOP(
                "Finding",
                "The photo {name} has too many pixels ({megapixels} MP; at most {max_mp} MP): "
                "set the camera to a lower resolution such as 12 MP.",
            ),
            name=name,
            megapixels=round(width * height / 1_000_000) if size else "?",
            max_mp=self.settings.max_pixels // 1_000_000,
        )

    @staticmethod
    def _orientation(image: Image.Image) -> int:
        try:
            value = image.getexif().get(ORIENTATION_TAG, 1)
        except _LOAD_ERRORS:
            return 1  # unreadable EXIF: keep the pixels as stored
        return value if isinstance(value, int) and 1 <= value <= 8 else 1

    def _draft(self, image: Image.Image) -> None:
        """Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the result is still big enough.

        The requested size is in stored (pre-rotation) orientation: dividing both edges by
        the same factor keeps it right whatever the EXIF orientation says (Pillow's draft
        compares width with width and height with height).
        """
        if image.format != "JPEG":
            return
        width, height = image.size
        wanted = self.settings.max_long_edge * self.settings.draft_min_fraction
        for divisor in (8, 4, 2):
            if math.ceil(max(width, height) / divisor) >= wanted:
                image.draft(image.mode, (width // divisor, height // divisor))
                return

    def _size_warnings(
        self, width: int, height: int, marketplaces: Sequence[MarketplaceProfile]
    ) -> list[Finding]:
        found: list[Finding] = []
        for profile in marketplaces:
            rules = profile.photos
            if profile.active and (width < rules.min_width or height < rules.min_height):
                found.append(
                    warning(
                        "photo.short_edge",
                        QT_TRANSLATE_NOOP(
                            "Finding",
                            "The short edge is {short_edge} px; {marketplace} needs at least "
                            "{min} px: retake the photo closer or at a higher resolution.",
                        ),
                        "photo",
                        short_edge=min(width, height),
                        marketplace=profile.name,
                        min=min(rules.min_width, rules.min_height),
                    )
                )
        return found
