// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package hook is where package person leaves its generated copier for
// package internal/copier, which cannot be imported by person (it imports
// person).
package hook

// New returns a new zero copier of package person, a value whose methods
// internal/copier.Copier lists. Package person sets New when it is
// initialised.
var New func() any

// Reset makes c, a copier New returned, a zero copier again, holding nothing
// of its copies. Package person sets Reset when it is initialised.
var Reset func(c any)
