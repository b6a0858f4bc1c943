// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

//go:build race

package peopleupdate

// raceEnabled reports whether the race detector is on: the largest rows of
// the bad input catalogue are skipped then, as it multiplies their memory many
// times over and can find nothing in a call that starts no goroutine.
const raceEnabled = true
