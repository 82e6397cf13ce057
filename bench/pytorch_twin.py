#!/usr/bin/env python3
"""PyTorch-in-Python twin of `learn2mix bench` for Fashion-MNIST / LeNet-5.

Same model, data, batch size (1000), optimizer (Adam) and thread count as the Java
benchmark; measures the compute floor (pre-built batches), a classical epoch (one
permutation, batches gathered by index from the resident tensor) and a learn2mix epoch
(class-composed batches, per-class losses by a one-hot product, one read-back per batch,
alpha update), each as the median epoch after one warm-up epoch, variants interleaved.

Usage (Debian's torch is importable by the system Python only):
  /usr/bin/python3 bench/pytorch_twin.py --data-dir ../shared/datasets/fashion-mnist \
      --threads 2 --epochs 5 [--out bench-python.json]
"""
import argparse
import gzip
import json
import platform
import statistics
import struct
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    magic, = struct.unpack(">I", raw[:4])
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, raw[4:4 + 4 * dims])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


class LeNet5(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(256, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(x)))))


def largest_remainder(alpha, m):
    exact = alpha * m
    counts = np.floor(exact).astype(np.int64)
    order = sorted(range(len(alpha)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[: m - counts.sum()]:
        counts[i] += 1
    return counts


class Variant:
    def __init__(self, name, x, y, batch, lr, seed):
        torch.manual_seed(seed)
        self.name, self.x, self.y, self.batch = name, x, y, batch
        self.model = LeNet5()
        self.opt = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.rng = np.random.default_rng(seed)
        n = len(y)
        self.p = max(1, n // batch)
        self.k = 10
        labels = y.numpy()
        self.pools = [np.flatnonzero(labels == c) for c in range(self.k)]
        self.alpha = np.array([len(p) for p in self.pools], dtype=np.float64) / n
        self.onehot = F.one_hot(y, self.k).float()
        if name == "floor":
            perm = torch.from_numpy(self.rng.permutation(n))
            self.prebuilt = [(x[perm[b * batch:(b + 1) * batch]], y[perm[b * batch:(b + 1) * batch]])
                             for b in range(self.p)]
        self.seconds = []

    def step(self, xb, yb):
        self.opt.zero_grad(set_to_none=True)
        per_example = F.cross_entropy(self.model(xb), yb, reduction="none")
        per_example.mean().backward()
        self.opt.step()
        return per_example

    def epoch(self):
        start = time.perf_counter()
        if self.name == "floor":
            for xb, yb in self.prebuilt:
                self.step(xb, yb)
        elif self.name == "classical":
            perm = torch.from_numpy(self.rng.permutation(len(self.y)))
            for b in range(self.p):
                idx = perm[b * self.batch:(b + 1) * self.batch]
                per_example = self.step(self.x[idx], self.y[idx])
                float(per_example.detach().mean())  # the same one read-back per batch
        else:  # learn2mix
            perms = [self.rng.permutation(p) for p in self.pools]
            cursors = [0] * self.k
            sums, seen = np.zeros(self.k), np.zeros(self.k)
            for _ in range(self.p):
                counts = largest_remainder(self.alpha, self.batch)
                parts = []
                for c in range(self.k):
                    pool, n_c = perms[c], int(counts[c])
                    take = [(cursors[c] + i) % len(pool) for i in range(n_c)]
                    parts.append(pool[take])
                    cursors[c] = (cursors[c] + n_c) % len(pool)
                idx = torch.from_numpy(np.concatenate(parts))
                per_example = self.step(self.x[idx], self.y[idx])
                class_sums = (per_example.detach().unsqueeze(0) @ self.onehot[idx]).squeeze(0).numpy()
                present = counts > 0
                sums[present] += class_sums[present] / counts[present]
                seen[present] += 1
            losses = np.where(seen > 0, sums / np.maximum(seen, 1), 0.0)
            self.alpha = self.alpha + 0.5 * (losses / losses.sum() - self.alpha)
        self.seconds.append(time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--out")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(args.threads)

    images = read_idx(f"{args.data_dir}/train-images-idx3-ubyte.gz")
    labels = read_idx(f"{args.data_dir}/train-labels-idx1-ubyte.gz")
    x = ((torch.from_numpy(images.astype(np.float32)) / 255.0 - 0.5) / 0.5).unsqueeze(1)
    y = torch.from_numpy(labels.astype(np.int64))

    variants = [Variant(name, x, y, 1000, 5e-6, 0) for name in ("floor", "classical", "learn2mix")]
    for e in range(args.epochs):
        order = variants if e % 2 == 0 else variants[::-1]
        for v in order:
            v.epoch()
        print(f"epoch {e + 1} of {args.epochs} of each variant", flush=True)

    floor = statistics.median(variants[0].seconds[1:])
    result = {"workloads": {"fashion-mnist": {}}, "threads": args.threads, "epochs": args.epochs,
              "torch": torch.__version__, "python": platform.python_version(),
              "blas": torch.__config__.show().splitlines()[:12]}
    print(f"{'variant':<10} {'s/epoch':>9} {'x floor':>8} {'examples/s':>11}")
    for v in variants:
        median = statistics.median(v.seconds[1:])
        result["workloads"]["fashion-mnist"][v.name] = {
            "seconds_per_epoch": median, "examples_per_second": v.p * v.batch / median,
            "ratio_to_floor": median / floor, "epoch_seconds": v.seconds}
        print(f"{v.name:<10} {median:9.4f} {median / floor:8.3f} {v.p * v.batch / median:11.0f}")
    if args.out:
        with open(args.out, "w") as f:
            json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
