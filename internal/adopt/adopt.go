// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package adopt holds the entry point of package merge that takes ownership
// of the request, a performance internal that is not public API: package
// peopleupdate calls it for a body it decoded itself, which nothing else holds.
package adopt

import (
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Apply is merge.Apply(stored, req, u, opts) with req given away: the request
// items it keeps become the result's own, normalised in place, instead of
// being copied, and req is left modified. opts is a merge.Options. Package
// merge sets Apply when it is initialised.
var Apply func(stored, req *person.Person, u mask.Update, opts any) *person.Person
