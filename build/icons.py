"""Draws the app icon (a warm rounded square with a house) as PNG, without any image library.

    python3 build/icons.py public/   → icon-192.png, icon-512.png, icon-maskable-512.png
"""
import struct
import sys
import zlib

BG = (179, 71, 47)      # --ok-color-primary
FG = (251, 247, 242)    # --ok-color-bg


def inside_house(x, y):
    # The same house as icon.svg, in a 64-unit square.
    if 14 <= x <= 50 and 32 <= y <= 50 and not (26 <= x <= 38 and y >= 38):
        return True
    # Roof: triangle (14,32) (32,16) (50,32).
    if 16 <= y <= 32:
        half = (y - 16) * 18 / 16
        return 32 - half <= x <= 32 + half
    return False


def draw(size, maskable):
    rows = []
    # Maskable icons keep the house inside the central safe zone (80 %) on a full bleed.
    scale = 0.72 if maskable else 1.0
    radius = 0 if maskable else size * 14 / 64
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            # Rounded corners (transparent outside) for the regular icon.
            cx = min(px, size - 1 - px)
            cy = min(py, size - 1 - py)
            if radius and cx < radius and cy < radius and (radius - cx) ** 2 + (radius - cy) ** 2 > radius ** 2:
                row += bytes((0, 0, 0, 0))
                continue
            u = ((px + 0.5) / size - 0.5) / scale * 64 + 32
            v = ((py + 0.5) / size - 0.5) / scale * 64 + 32
            color = FG if inside_house(u, v) else BG
            row += bytes((*color, 255))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "public"
    for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("icon-maskable-512.png", 512, True)]:
        with open(f"{out}/{name}", "wb") as f:
            f.write(draw(size, maskable))
