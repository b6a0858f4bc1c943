// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package cputime reports the CPU time a benchmark's process spends per
// operation, beside the wall-clock time the testing package reports.
//
// On a shared machine the wall-clock time of a benchmark moves with the load
// of everything else the machine runs: a round with a busy neighbour is slower
// for reasons of its own. The CPU time of the process (user + system, the
// garbage collector's workers included, from getrusage) moves much less, so
// the targets of docs/PERFORMANCE.md are computed on it. Only the project's
// benchmarks use this package.
package cputime
