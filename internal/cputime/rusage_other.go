// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

//go:build !unix

package cputime

import "time"

// processTime reports that the process's CPU time cannot be read here.
func processTime() (time.Duration, bool) { return 0, false }
