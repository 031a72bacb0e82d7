#!/usr/bin/env python3
"""Draws the demo round's project pictures (flat illustrations, 640x360 PNG) with the
standard library only, so they can be remade anywhere: tools/make_demo_images.py."""
import math
import os
import struct
import zlib

W, H = 640, 360
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "demo", "images")


class Canvas:
    def __init__(self, sky):
        self.px = [[sky for _ in range(W)] for _ in range(H)]

    def rect(self, x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(H, y1)):
            row = self.px[y]
            for x in range(max(0, x0), min(W, x1)):
                row[x] = c

    def circle(self, cx, cy, r, c):
        for y in range(max(0, cy - r), min(H, cy + r + 1)):
            dx = int(math.sqrt(max(0, r * r - (y - cy) ** 2)))
            self.rect(cx - dx, y, cx + dx + 1, y + 1, c)

    def ring(self, cx, cy, r, t, c):
        for y in range(max(0, cy - r), min(H, cy + r + 1)):
            for x in range(max(0, cx - r), min(W, cx + r + 1)):
                d = math.hypot(x - cx, y - cy)
                if r - t <= d <= r:
                    self.px[y][x] = c

    def line(self, x0, y0, x1, y1, t, c):
        n = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        for i in range(n + 1):
            x = x0 + (x1 - x0) * i / n
            y = y0 + (y1 - y0) * i / n
            self.circle(int(x), int(y), t // 2, c)

    def triangle(self, a, b, c, col):
        (x0, y0), (x1, y1), (x2, y2) = a, b, c
        for y in range(max(0, min(y0, y1, y2)), min(H, max(y0, y1, y2) + 1)):
            xs = []
            for (xa, ya), (xb, yb) in ((a, b), (b, c), (c, a)):
                if ya != yb and min(ya, yb) <= y < max(ya, yb):
                    xs.append(xa + (y - ya) * (xb - xa) / (yb - ya))
            if len(xs) >= 2:
                self.rect(int(min(xs)), y, int(max(xs)) + 1, y + 1, col)

    def save(self, name):
        raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in self.px)
        def chunk(tag, data):
            return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(png)


SKY, GRASS, TRUNK, LEAF, LEAF2 = (198, 226, 245), (120, 180, 90), (110, 80, 50), (46, 125, 50), (76, 155, 70)
ROAD, WHITE, GREEN, DARK = (90, 95, 100), (250, 250, 250), (60, 160, 90), (40, 40, 45)

# P01 shade trees on a square
c = Canvas(SKY)
c.rect(0, 250, W, H, (200, 190, 170))
for x in (90, 250, 410, 570):
    c.rect(x - 10, 170, x + 10, 270, TRUNK)
    c.circle(x, 140, 70, LEAF)
    c.circle(x - 30, 165, 40, LEAF2)
c.save("p01.png")

# P02 protected bike lane
c = Canvas(SKY)
c.rect(0, 200, W, H, ROAD)
c.rect(0, 270, W, 320, GREEN)
c.rect(0, 262, W, 270, WHITE)
for x in range(0, W, 80):
    c.rect(x, 228, x + 40, 234, WHITE)
c.ring(260, 285, 28, 6, DARK)
c.ring(360, 285, 28, 6, DARK)
c.line(260, 285, 300, 240, 6, DARK)
c.line(300, 240, 345, 240, 6, DARK)
c.line(345, 240, 360, 285, 6, DARK)
c.line(300, 240, 310, 285, 6, DARK)
c.line(310, 285, 260, 285, 6, DARK)
c.circle(75, 90, 40, (255, 214, 90))
c.save("p02.png")

# P04 riverside outdoor gym
c = Canvas(SKY)
c.rect(0, 230, W, 290, (80, 150, 210))
c.rect(0, 290, W, H, GRASS)
c.rect(150, 150, 160, 300, DARK)
c.rect(330, 150, 340, 300, DARK)
c.rect(150, 150, 340, 160, DARK)
c.line(220, 160, 220, 220, 4, DARK)
c.line(270, 160, 270, 220, 4, DARK)
c.ring(220, 230, 12, 4, (220, 80, 60))
c.ring(270, 230, 12, 4, (220, 80, 60))
c.rect(430, 270, 560, 285, DARK)
c.rect(440, 285, 450, 300, DARK)
c.rect(540, 285, 550, 300, DARK)
c.save("p04.png")

# P07 playground
c = Canvas(SKY)
c.rect(0, 280, W, H, (230, 200, 140))
c.triangle((120, 120), (60, 200), (180, 200), (220, 80, 60))
c.rect(70, 200, 170, 290, (250, 190, 60))
c.line(170, 210, 320, 290, 14, (60, 140, 220))
c.rect(420, 120, 430, 290, DARK)
c.rect(560, 120, 570, 290, DARK)
c.rect(420, 120, 570, 130, DARK)
c.line(470, 130, 470, 230, 3, DARK)
c.line(520, 130, 520, 230, 3, DARK)
c.rect(460, 230, 530, 242, (220, 80, 60))
c.save("p07.png")

# P10 wildflower meadow
c = Canvas(SKY)
c.rect(0, 200, W, H, GRASS)
import random
random.seed(10)
for _ in range(140):
    x, y = random.randrange(10, W - 10), random.randrange(215, H - 8)
    col = random.choice([(235, 70, 90), (250, 210, 60), (150, 100, 220), (250, 250, 250)])
    c.line(x, y, x, y + 14, 2, (60, 120, 50))
    c.circle(x, y, 5, col)
c.circle(560, 80, 45, (255, 214, 90))
c.save("p10.png")

# P11 benches and shelter
c = Canvas(SKY)
c.rect(0, 260, W, H, (190, 190, 185))
c.rect(80, 120, 300, 135, DARK)
c.rect(90, 135, 100, 260, DARK)
c.rect(280, 135, 290, 260, DARK)
c.rect(100, 140, 280, 240, (170, 210, 230))
c.rect(380, 215, 580, 228, TRUNK)
c.rect(380, 190, 580, 200, TRUNK)
c.rect(390, 228, 400, 262, DARK)
c.rect(560, 228, 570, 262, DARK)
c.rect(372, 200, 382, 230, DARK)
c.rect(578, 200, 588, 230, DARK)
c.save("p11.png")
