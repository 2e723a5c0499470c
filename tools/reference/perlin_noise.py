#!/usr/bin/python3
"""Reference values of noise.pnoise2 (Debian python3-noise) for PerlinNoiseTest.

Usage: /usr/bin/python3 tools/reference/perlin_noise.py > src/test/resources/reference/perlin-noise.csv
Each row is one call noise.pnoise2(x, y, octaves, persistence, lacunarity, repeatx, repeaty, base). The inputs are
Python's repr (the C code rounds them to float32, as PyArg_ParseTuple's "f" does); bits is the float32 result as 8
hex digits (the function returns a float32 widened to a Python float, so this is exact), value its repr.
Cases: seed 000's 50 x 50 grid (i/100, j/100, octaves 6, persistence 0.5, lacunarity 2, repeat 1024, base 42);
random points near the origin, far out (lattice indices up to 255, so with base > 1 some table reads run past
the 512-entry PERM table into the bytes after it), and on integer / half-integer points, negative ones included;
other octaves, persistence, lacunarity, repeat and base values."""
import random
import struct

import noise

SEED_SETTINGS = (6, 0.5, 2.0, 1024.0, 1024.0, 42)


def rows():
    for i in range(50):
        for j in range(50):
            yield (i / 100.0, j / 100.0) + SEED_SETTINGS
    rng = random.Random(20261201)
    settings = [SEED_SETTINGS, (1, 0.5, 2.0, 1024.0, 1024.0, 0), (3, 0.7, 1.9, 16.0, 8.0, 1),
                (8, 0.5, 2.0, 1024.0, 1024.0, 255), (2, 0.25, 3.0, 2.5, 1024.0, 7), (1, 0.5, 2.0, 4.0, 4.0, 42),
                (5, 0.6, 2.2, 256.0, 300.0, 128), (4, 1.0, 2.0, 1024.0, 1024.0, 200)]
    spans = [1.0, 5.0, 40.0, 300.0, 1024.0, 3000.0]
    for _ in range(4000):
        s = rng.choice(settings)
        span = rng.choice(spans)
        x = rng.uniform(-span, span)
        y = rng.uniform(-span, span)
        if rng.random() < 0.15:
            x = float(round(x))
        if rng.random() < 0.15:
            y = round(y * 2) / 2
        yield (x, y) + s
    for x in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 255.0, 256.0, -256.0, 1023.0, 1024.0, -1024.0, 1e-7, -1e-7]:
        for y in [0.0, -0.0, 2.0, -3.0, 0.25, -0.75, 511.5]:
            for s in [SEED_SETTINGS, (1, 0.5, 2.0, 1024.0, 1024.0, 0)]:
                yield (x, y) + s


def bits(v):
    return struct.unpack("<I", struct.pack("<f", v))[0]


print(f"# provenance: tools/reference/perlin_noise.py run with Debian python3-noise {noise.__version__}"
      " (noise._perlin.noise2, the C extension)")
print("# columns: the pnoise2 arguments (repr), bits = float32 result as hex, value = its repr")
print("x,y,octaves,persistence,lacunarity,repeatx,repeaty,base,bits,value")
for x, y, octaves, persistence, lacunarity, rx, ry, base in rows():
    v = noise.pnoise2(x, y, octaves=octaves, persistence=persistence, lacunarity=lacunarity, repeatx=rx,
                      repeaty=ry, base=base)
    assert struct.unpack("<f", struct.pack("<f", v))[0] == v or v != v
    print(f"{x!r},{y!r},{octaves},{persistence!r},{lacunarity!r},{rx!r},{ry!r},{base},{bits(v):08x},{v!r}")
