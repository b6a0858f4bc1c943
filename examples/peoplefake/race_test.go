// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

//go:build race

package peoplefake_test

// raceEnabled reports whether the race detector is on: CI's one-iteration
// smoke run of the benchmarks, where the large stores are cut down.
const raceEnabled = true
