#!/usr/bin/env python3
"""Draws the DigiReady icon (three rising bars on a rounded square) and writes the sizes the
Tauri bundler wants into src-tauri/icons/. Run from the repository root: python3 assets/icons/make_icons.py
Needs Pillow. The output is committed, so builds do not need Python."""
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path("src-tauri/icons")
BLUE = (21, 94, 117, 255)      # the UI's primary colour
ACCENT = (250, 204, 21, 255)   # the highlight bar
WHITE = (255, 255, 255, 255)


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, s - 1, s - 1], radius=s * 0.2, fill=BLUE)
    base = s * 0.78
    width = s * 0.16
    gap = s * 0.06
    left = (s - 3 * width - 2 * gap) / 2
    for i, h in enumerate((0.28, 0.42, 0.58)):
        x = left + i * (width + gap)
        d.rounded_rectangle(
            [x, base - s * h, x + width, base], radius=s * 0.03,
            fill=ACCENT if i == 2 else WHITE,
        )
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
        draw(size).save(OUT / name)
    draw(256).save(OUT / "icon.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])


if __name__ == "__main__":
    main()
