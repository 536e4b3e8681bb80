"""Derivatives of an original: new bytes, stored and hashed like any other object."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from rightsledger.evidence.inspect import fit_name
from rightsledger.evidence.models import DerivativeKind

THUMBNAIL_PIXELS = 320


@dataclass(frozen=True)
class Derivative:
    kind: str
    data: bytes
    name: str


def image_derivatives(path: Path, original_name: str) -> list[Derivative]:
    """A copy with every metadata block removed (EXIF, GPS, XMP, ICC, comments) and a thumbnail.

    The pixels are copied into a fresh image, so nothing from the original's containers
    survives: this is the copy that may leave the institution.
    """
    from PIL import Image, ImageOps

    stem = original_name.rsplit(".", 1)[0] or "image"
    with Image.open(path) as image:
        image.load()
        oriented = ImageOps.exif_transpose(image) or image
        mode = "RGBA" if oriented.mode in {"RGBA", "LA", "P"} else "RGB"
        clean = Image.new(mode, oriented.size)
        clean.paste(oriented.convert(mode))
    stripped = io.BytesIO()
    clean.save(stripped, format="PNG", compress_level=3)  # lossless; speed over size
    clean.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
    thumb = io.BytesIO()
    clean.convert("RGB").save(thumb, format="JPEG", quality=80)
    return [
        Derivative(DerivativeKind.STRIPPED, stripped.getvalue(), fit_name(stem, ".stripped.png")),
        Derivative(DerivativeKind.THUMBNAIL, thumb.getvalue(), fit_name(stem, ".thumbnail.jpg")),
    ]


def text_derivative(text: str, original_name: str) -> Derivative:
    stem = original_name.rsplit(".", 1)[0] or "document"
    return Derivative(DerivativeKind.TEXT, text.encode("utf-8"), fit_name(stem, ".txt"))
