#!/usr/bin/env python3
"""An independent implementation, in Python's integers and IEEE doubles, of the documented
transforms of README.md "How simulate draws": it prints the known-answer values that
test_random_stream.cpp asserts (stream keys, the first uniforms of a trial, a triangular draw)."""
import math

MASK = 2**64 - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


def mix64(word):
    word = ((word ^ (word >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    word = ((word ^ (word >> 27)) * 0x94D049BB133111EB) & MASK
    return word ^ (word >> 31)


def fnv1a64(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & MASK
    return value


def input_stream_key(seed, pointer):
    return mix64(mix64(seed) ^ fnv1a64(pointer.encode()))


def trial_words(key, trial):
    state = mix64((key + (trial + 1) * GOLDEN_GAMMA) & MASK)
    while True:
        state = (state + GOLDEN_GAMMA) & MASK
        yield mix64(state)


def uniform_open(word):
    return ((word >> 11) + 0.5) / 2**53


def main():
    key = input_stream_key(1, "/costs/one_time/0/amount")
    print(f"key(1, /costs/one_time/0/amount) = {key:#x}")
    for trial in (0, 1, 999999):
        words = trial_words(key, trial)
        print(f"trial {trial}: {uniform_open(next(words))!r} {uniform_open(next(words))!r}")
    u = uniform_open(next(trial_words(input_stream_key(1, "/benefits/monthly/0/amount"), 0)))
    low, likely, high = 0.0, 5.0, 10.0
    if u < (likely - low) / (high - low):
        value = low + math.sqrt(u * (high - low) * (likely - low))
    else:
        value = high - math.sqrt((1 - u) * (high - low) * (high - likely))
    print(f"triangular(0, 5, 10) of /benefits/monthly/0/amount, seed 1, trial 0: {value!r}")


if __name__ == "__main__":
    main()
