"""Draw the application icon: a calm blue rounded square with a white "SN".

Run once when the design changes; the PNG and the ICO it writes are committed:

    python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
FONT = ICONS.parent / "fonts" / "DejaVuSans-Bold.ttf"
BLUE = (37, 99, 160, 255)
WHITE = (255, 255, 255, 255)
SIZE = 1024  # drawn large, scaled down smoothly
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    margin = size // 16
    box = (margin, margin, size - margin, size - margin)
    canvas.rounded_rectangle(box, radius=size // 5, fill=BLUE)
    font = ImageFont.truetype(str(FONT), size * 2 // 5)
    canvas.text((size / 2, size / 2), "SN", font=font, fill=WHITE, anchor="mm")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "socialneet.png")
    image.save(ICONS / "socialneet.ico", sizes=ICO_SIZES)
    print(f"Icons written to {ICONS}")


if __name__ == "__main__":
    main()
