// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Read returns stored as a read of it with the given personFields and sources
// answers it: the projection of SPEC.md §7, with the person etag of that read
// (SPEC.md §6). It is how a client gets the etag that a later update must send,
// and what a server answers people.get with once it has found the person.
//
// personFields is the raw mask; empty means all 29 readable fields, as for
// updateContact. sources are the raw values of the sources parameter; empty
// means CONTACT and PROFILE. The masks are checked first; then a nil stored is
// a 404 NOT_FOUND. Every failure is an [*apierror.Error].
//
// The result shares no memory with stored.
func Read(stored *person.Person, personFields string, sources []string) (*person.Person, error) {
	read, err := mask.ParseRead(personFields)
	if err != nil {
		return nil, err
	}
	src, err := mask.ParseSources(sources)
	if err != nil {
		return nil, err
	}
	if stored == nil {
		return nil, apierror.New(apierror.NotFound)
	}
	return respond(stored, read, src), nil
}
