"""One flat drawing per kind of product ("phone", "car", "house"...) for the demo pictures.

Each drawing takes an ImageDraw, a seeded ``random.Random`` and the canvas size; everything scales
with the canvas. Flat shapes only: they are cheap, and the demo draws several hundred pictures.
"""

from __future__ import annotations

import random

from PIL import ImageDraw


def shade(colour: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    """``colour`` darkened (factor < 1) or lightened (factor > 1), clamped to 0..255."""
    return tuple(max(0, min(255, int(c * factor))) for c in colour)  # type: ignore[return-value]


def _colour(rng: random.Random) -> tuple[int, int, int]:
    palette = (
        (30, 30, 35),
        (200, 30, 40),
        (20, 70, 160),
        (240, 240, 240),
        (90, 90, 95),
        (20, 120, 70),
        (230, 180, 30),
        (120, 60, 30),
        (150, 40, 140),
        (210, 110, 40),
        (60, 160, 200),
        (170, 150, 120),
    )
    base = rng.choice(palette)
    return shade(base, rng.uniform(0.85, 1.15))


# --- one drawing per kind of object; (w, h) is the canvas, everything scales with it ----------


def _draw_phone(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    ph = int(h * rng.uniform(0.62, 0.78))
    pw = int(ph * rng.uniform(0.46, 0.52))
    x0, y0 = (w - pw) // 2 + rng.randint(-w // 8, w // 8), (h - ph) // 2
    body = _colour(rng)
    d.rounded_rectangle((x0 + 8, y0 + 10, x0 + pw + 8, y0 + ph + 10), radius=pw // 7, fill=(60, 60, 60))
    d.rounded_rectangle((x0, y0, x0 + pw, y0 + ph), radius=pw // 7, fill=body, outline=(20, 20, 20), width=3)
    m = pw // 14
    screen = (rng.randint(10, 80), rng.randint(40, 140), rng.randint(120, 220))
    d.rounded_rectangle((x0 + m, y0 + m * 2, x0 + pw - m, y0 + ph - m * 2), radius=pw // 12, fill=screen)
    for i in range(4):  # app icons
        for j in range(3):
            cx = x0 + m * 3 + j * (pw - m * 6) // 2
            cy = y0 + m * 5 + i * m * 4
            d.rounded_rectangle((cx - m, cy - m, cx + m, cy + m), radius=m // 3, fill=_colour(rng))
    d.ellipse((x0 + pw // 2 - m // 2, y0 + m // 2, x0 + pw // 2 + m // 2, y0 + m * 3 // 2), fill=(10, 10, 10))


def _draw_laptop(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    lw = int(w * rng.uniform(0.5, 0.65))
    lh = int(lw * 0.62)
    x0, y0 = (w - lw) // 2, int(h * 0.12)
    shell = _colour(rng)
    d.rounded_rectangle((x0, y0, x0 + lw, y0 + lh), radius=10, fill=shell, outline=(25, 25, 25), width=3)
    d.rectangle(
        (x0 + 12, y0 + 12, x0 + lw - 12, y0 + lh - 12), fill=(rng.randint(20, 60), 90, rng.randint(140, 230))
    )
    base_y = y0 + lh
    d.polygon(
        [(x0 - 30, base_y + 40), (x0 + lw + 30, base_y + 40), (x0 + lw, base_y), (x0, base_y)],
        fill=shade(shell, 0.8),
    )
    for i in range(3):
        y = base_y + 8 + i * 10
        d.line((x0 + 20, y, x0 + lw - 20, y), fill=shade(shell, 0.6), width=3)


def _draw_headphones(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    c = _colour(rng)
    r = int(min(w, h) * 0.32)
    cx, cy = w // 2, h // 2
    d.arc((cx - r, cy - r, cx + r, cy + r), 180, 360, fill=c, width=max(8, r // 7))
    for side in (-1, 1):
        ex = cx + side * r
        d.rounded_rectangle(
            (ex - r // 4, cy - r // 6, ex + r // 4, cy + r // 2), radius=r // 8, fill=shade(c, 0.7)
        )


def _draw_car(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    body = _colour(rng)
    cw = int(w * rng.uniform(0.7, 0.82))
    x0 = (w - cw) // 2
    base = int(h * 0.72)
    ch = int(cw * 0.22)
    d.rectangle((0, base + ch // 3, w, h), fill=(90, 90, 92))  # road
    d.rounded_rectangle(
        (x0, base - ch, x0 + cw, base), radius=ch // 3, fill=body, outline=(20, 20, 20), width=2
    )
    roof = [
        (x0 + cw * 0.22, base - ch),
        (x0 + cw * 0.34, base - ch * 1.9),
        (x0 + cw * 0.7, base - ch * 1.9),
        (x0 + cw * 0.84, base - ch),
    ]
    d.polygon(roof, fill=body, outline=(20, 20, 20))
    glass = (150, 190, 215)
    d.polygon(
        [
            (x0 + cw * 0.27, base - ch * 1.05),
            (x0 + cw * 0.36, base - ch * 1.75),
            (x0 + cw * 0.51, base - ch * 1.75),
            (x0 + cw * 0.51, base - ch * 1.05),
        ],
        fill=glass,
    )
    d.polygon(
        [
            (x0 + cw * 0.54, base - ch * 1.05),
            (x0 + cw * 0.54, base - ch * 1.75),
            (x0 + cw * 0.68, base - ch * 1.75),
            (x0 + cw * 0.79, base - ch * 1.05),
        ],
        fill=glass,
    )
    wr = ch // 2 + 4
    for wx in (x0 + cw * 0.2, x0 + cw * 0.8):
        d.ellipse((wx - wr, base - wr, wx + wr, base + wr), fill=(25, 25, 25))
        d.ellipse((wx - wr // 2, base - wr // 2, wx + wr // 2, base + wr // 2), fill=(180, 180, 185))
    d.rectangle((x0 + cw - 14, base - ch + 8, x0 + cw - 2, base - ch + 18), fill=(250, 230, 120))


def _draw_scooter(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    c = _colour(rng)
    base = int(h * 0.75)
    r = int(h * 0.12)
    for wx in (w * 0.28, w * 0.72):
        d.ellipse((wx - r, base - r, wx + r, base + r), outline=(20, 20, 20), width=max(6, r // 3))
    d.polygon(
        [(w * 0.3, base - r), (w * 0.62, base - r), (w * 0.7, base - r * 3), (w * 0.6, base - r * 3)], fill=c
    )
    d.line((w * 0.66, base - r * 3, w * 0.72, base), fill=(40, 40, 40), width=8)
    d.line((w * 0.6, base - r * 3.2, w * 0.74, base - r * 3.2), fill=(40, 40, 40), width=8)
    d.rounded_rectangle((w * 0.3, base - r * 2.1, w * 0.5, base - r * 1.6), radius=8, fill=(30, 30, 30))


def _draw_house(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    wall = shade((235, 220, 190), rng.uniform(0.8, 1.05))
    hw = int(w * rng.uniform(0.48, 0.6))
    hh = int(h * 0.38)
    x0 = (w - hw) // 2
    y0 = int(h * 0.45)
    d.rectangle((0, y0 + hh, w, h), fill=(70, rng.randint(120, 160), 60))  # lawn
    d.rectangle((x0, y0, x0 + hw, y0 + hh), fill=wall, outline=(60, 50, 40), width=2)
    d.polygon(
        [(x0 - 20, y0), (x0 + hw // 2, y0 - int(h * 0.25)), (x0 + hw + 20, y0)],
        fill=rng.choice([(160, 60, 40), (80, 80, 90), (120, 70, 50)]),
    )
    dw = hw // 7
    d.rectangle(
        (x0 + hw // 2 - dw // 2, y0 + hh - int(hh * 0.55), x0 + hw // 2 + dw // 2, y0 + hh),
        fill=(100, 60, 30),
    )
    for wx in (x0 + hw // 6, x0 + hw * 4 // 6):
        d.rectangle(
            (wx, y0 + hh // 5, wx + dw * 1.3, y0 + hh // 5 + dw),
            fill=(150, 190, 220),
            outline=(255, 255, 255),
            width=3,
        )


def _draw_building(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    facade = shade((210, 200, 185), rng.uniform(0.75, 1.05))
    bw = int(w * 0.5)
    x0 = (w - bw) // 2
    y0 = int(h * 0.1)
    d.rectangle((x0, y0, x0 + bw, h), fill=facade, outline=(70, 70, 70), width=2)
    floors, cols = rng.randint(4, 6), rng.randint(3, 5)
    fh, cw = (h - y0) // floors, bw // cols
    for f in range(floors):
        for c in range(cols):
            lit = rng.random() < 0.3
            d.rectangle(
                (
                    x0 + c * cw + cw // 4,
                    y0 + f * fh + fh // 4,
                    x0 + c * cw + cw * 3 // 4,
                    y0 + f * fh + fh * 3 // 4,
                ),
                fill=(250, 220, 140) if lit else (120, 150, 180),
            )
        d.line((x0, y0 + f * fh + fh - 2, x0 + bw, y0 + f * fh + fh - 2), fill=(90, 90, 90), width=3)


def _draw_tshirt(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    c = _colour(rng)
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2
    pts = [
        (-60, -110),
        (-25, -120),
        (0, -100),
        (25, -120),
        (60, -110),
        (120, -60),
        (95, -25),
        (65, -50),
        (65, 120),
        (-65, 120),
        (-65, -50),
        (-95, -25),
        (-120, -60),
    ]
    d.polygon([(cx + x * s * 1.2, cy + y * s * 1.2) for x, y in pts], fill=c, outline=shade(c, 0.6))
    if rng.random() < 0.6:  # a print / logo
        r = 28 * s
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_colour(rng))


def _draw_sneaker(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    c = _colour(rng)
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2 + 20 * s
    pts = [(-150, 40), (-150, -20), (-90, -30), (-40, -80), (10, -80), (30, -30), (140, 0), (160, 40)]
    d.polygon([(cx + x * s, cy + y * s) for x, y in pts], fill=c, outline=(30, 30, 30))
    d.rounded_rectangle(
        (cx - 155 * s, cy + 30 * s, cx + 165 * s, cy + 55 * s),
        radius=10,
        fill=(245, 245, 245),
        outline=(60, 60, 60),
    )
    d.line((cx - 70 * s, cy - 5 * s, cx + 60 * s, cy + 15 * s), fill=_colour(rng), width=max(4, int(10 * s)))


def _draw_handbag(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    c = _colour(rng)
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2 + 30 * s
    d.arc(
        (cx - 70 * s, cy - 150 * s, cx + 70 * s, cy), 180, 360, fill=shade(c, 0.7), width=max(6, int(12 * s))
    )
    d.polygon(
        [
            (cx - 130 * s, cy + 100 * s),
            (cx + 130 * s, cy + 100 * s),
            (cx + 105 * s, cy - 70 * s),
            (cx - 105 * s, cy - 70 * s),
        ],
        fill=c,
        outline=shade(c, 0.5),
    )
    d.rectangle((cx - 20 * s, cy - 40 * s, cx + 20 * s, cy - 15 * s), fill=(215, 180, 60))


def _draw_dog(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    fur = rng.choice([(200, 150, 90), (60, 45, 35), (230, 220, 200), (130, 100, 70), (40, 40, 40)])
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2 + 30 * s
    d.ellipse((cx - 110 * s, cy - 50 * s, cx + 90 * s, cy + 50 * s), fill=fur)  # body
    d.ellipse((cx + 50 * s, cy - 120 * s, cx + 140 * s, cy - 30 * s), fill=fur)  # head
    d.ellipse((cx + 50 * s, cy - 115 * s, cx + 80 * s, cy - 50 * s), fill=shade(fur, 0.6))  # ear
    d.ellipse((cx + 105 * s, cy - 90 * s, cx + 115 * s, cy - 80 * s), fill=(10, 10, 10))
    for lx in (-90, -55, 30, 65):
        d.rectangle((cx + lx * s, cy + 30 * s, cx + (lx + 20) * s, cy + 110 * s), fill=fur)
    d.line((cx - 105 * s, cy - 20 * s, cx - 150 * s, cy - 70 * s), fill=fur, width=max(6, int(14 * s)))


def _draw_cat(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    fur = rng.choice([(240, 160, 70), (70, 70, 75), (245, 245, 240), (150, 130, 110)])
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2 + 20 * s
    d.ellipse((cx - 80 * s, cy - 20 * s, cx + 80 * s, cy + 120 * s), fill=fur)
    d.ellipse((cx - 55 * s, cy - 110 * s, cx + 55 * s, cy), fill=fur)
    for side in (-1, 1):
        d.polygon(
            [
                (cx + side * 50 * s, cy - 70 * s),
                (cx + side * 45 * s, cy - 135 * s),
                (cx + side * 15 * s, cy - 100 * s),
            ],
            fill=fur,
        )
        d.ellipse(
            (cx + side * 22 * s - 8 * s, cy - 70 * s, cx + side * 22 * s + 8 * s, cy - 55 * s),
            fill=(40, 120, 60),
        )
    d.arc(
        (cx + 40 * s, cy + 20 * s, cx + 150 * s, cy + 130 * s), 200, 340, fill=fur, width=max(6, int(12 * s))
    )


def _draw_sofa(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    c = _colour(rng)
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2 + 20 * s
    d.rounded_rectangle(
        (cx - 170 * s, cy - 90 * s, cx + 170 * s, cy + 10 * s), radius=int(20 * s), fill=shade(c, 0.85)
    )
    d.rounded_rectangle((cx - 150 * s, cy - 10 * s, cx + 150 * s, cy + 60 * s), radius=int(14 * s), fill=c)
    for side in (-1, 1):
        d.rounded_rectangle(
            (cx + side * 170 * s - 30 * s, cy - 40 * s, cx + side * 170 * s + 30 * s, cy + 70 * s),
            radius=int(14 * s),
            fill=shade(c, 0.75),
        )
    for lx in (-150, 140):
        d.rectangle((cx + lx * s, cy + 70 * s, cx + (lx + 10) * s, cy + 95 * s), fill=(60, 40, 25))


def _draw_wardrobe(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    wood = rng.choice([(150, 100, 60), (200, 170, 120), (240, 240, 235), (90, 60, 40)])
    s = min(w, h) / 360
    cx = w / 2
    d.rectangle((cx - 90 * s, 30 * s, cx + 90 * s, h - 25 * s), fill=wood, outline=shade(wood, 0.5), width=3)
    d.line((cx, 35 * s, cx, h - 30 * s), fill=shade(wood, 0.5), width=3)
    for side in (-1, 1):
        d.ellipse((cx + side * 14 * s - 5, h / 2 - 5, cx + side * 14 * s + 5, h / 2 + 5), fill=(210, 180, 80))


def _draw_table_lamp(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    wood = rng.choice([(150, 100, 60), (60, 60, 60), (220, 200, 170)])
    s = min(w, h) / 360
    cx, top = w / 2, h * 0.6
    d.rectangle((cx - 160 * s, top, cx + 160 * s, top + 16 * s), fill=wood)
    for lx in (-150, 140):
        d.rectangle((cx + lx * s, top + 16 * s, cx + (lx + 12) * s, top + 120 * s), fill=shade(wood, 0.8))
    d.line((cx + 60 * s, top, cx + 60 * s, top - 90 * s), fill=(50, 50, 50), width=5)
    d.polygon(
        [
            (cx + 25 * s, top - 90 * s),
            (cx + 95 * s, top - 90 * s),
            (cx + 80 * s, top - 150 * s),
            (cx + 40 * s, top - 150 * s),
        ],
        fill=_colour(rng),
    )


def _draw_logo_card(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    # Job ads usually carry the employer's logo: a simple mark and bars standing in for its name.
    c = _colour(rng)
    d.rounded_rectangle(
        (w * 0.12, h * 0.2, w * 0.88, h * 0.8),
        radius=18,
        fill=(250, 250, 248),
        outline=shade(c, 0.7),
        width=4,
    )
    r = h * 0.16
    d.ellipse((w * 0.2, h / 2 - r, w * 0.2 + 2 * r, h / 2 + r), fill=c)
    d.rectangle(
        (w * 0.2 + r * 0.6, h / 2 - r * 0.4, w * 0.2 + r * 1.4, h / 2 + r * 0.4), fill=(250, 250, 248)
    )
    for i, frac in enumerate((0.9, 0.7, 0.5)):
        y = h * 0.38 + i * h * 0.1
        d.rectangle((w * 0.48, y, w * 0.48 + w * 0.34 * frac, y + h * 0.05), fill=shade(c, 0.6 + 0.2 * i))


def _draw_watch(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    strap = _colour(rng)
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2 - 10 * s
    d.rectangle((cx - 35 * s, cy - 160 * s, cx + 35 * s, cy + 160 * s), fill=strap)
    r = 75 * s
    d.ellipse(
        (cx - r - 10 * s, cy - r - 10 * s, cx + r + 10 * s, cy + r + 10 * s),
        fill=rng.choice(((200, 200, 205), (215, 180, 70), (40, 40, 45))),
    )
    d.ellipse(
        (cx - r, cy - r, cx + r, cy + r),
        fill=rng.choice(((20, 30, 80), (240, 240, 235), (15, 15, 15), (20, 90, 60))),
    )
    d.line((cx, cy, cx, cy - r * 0.75), fill=(230, 230, 230), width=max(3, int(5 * s)))
    d.line((cx, cy, cx + r * 0.5, cy + r * 0.2), fill=(230, 230, 230), width=max(3, int(6 * s)))


def _draw_bird(d: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    s = min(w, h) / 360
    cx, cy = w / 2, h / 2
    grey, tail = (140, 140, 145), rng.choice(((200, 30, 30), (60, 160, 60), (230, 200, 40)))
    d.line(
        (cx - 160 * s, cy + 90 * s, cx + 160 * s, cy + 90 * s), fill=(110, 75, 40), width=max(6, int(12 * s))
    )  # perch
    d.polygon(
        [
            (cx - 20 * s, cy + 60 * s),
            (cx + 20 * s, cy + 60 * s),
            (cx + 10 * s, cy + 150 * s),
            (cx - 10 * s, cy + 150 * s),
        ],
        fill=tail,
    )
    d.ellipse((cx - 55 * s, cy - 60 * s, cx + 55 * s, cy + 90 * s), fill=grey)
    d.ellipse((cx - 40 * s, cy - 120 * s, cx + 40 * s, cy - 40 * s), fill=shade(grey, 1.15))
    d.ellipse((cx + 8 * s, cy - 95 * s, cx + 20 * s, cy - 83 * s), fill=(250, 250, 250))
    d.polygon(
        [(cx + 30 * s, cy - 90 * s), (cx + 55 * s, cy - 75 * s), (cx + 32 * s, cy - 62 * s)],
        fill=(30, 30, 30),
    )


# Picture shape -> drawing. Listings name the shape that matches their product.
DRAWERS = {
    "phone": _draw_phone,
    "laptop": _draw_laptop,
    "headphones": _draw_headphones,
    "car": _draw_car,
    "scooter": _draw_scooter,
    "house": _draw_house,
    "building": _draw_building,
    "tshirt": _draw_tshirt,
    "sneaker": _draw_sneaker,
    "handbag": _draw_handbag,
    "watch": _draw_watch,
    "logo": _draw_logo_card,
    "dog": _draw_dog,
    "cat": _draw_cat,
    "bird": _draw_bird,
    "sofa": _draw_sofa,
    "wardrobe": _draw_wardrobe,
    "table": _draw_table_lamp,
}
