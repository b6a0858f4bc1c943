// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"errors"
	"maps"
	"slices"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// A BatchUpdateRequest is the body of one people.batchUpdateContacts call,
// its members decoded by the server (the library does not parse the
// envelope, whose limits are the server's).
type BatchUpdateRequest struct {
	// UpdateMask is the raw updateMask: required, as updatePersonFields.
	UpdateMask string
	// ReadMask is the raw readMask; empty skips the post-mutate read, so
	// that the results have no Response.
	ReadMask string
	// Sources are the values of sources.
	Sources []string
	// Contacts are the raw Person JSON of each contact, by resource name; an
	// empty value is an empty Person.
	Contacts map[string][]byte
	// Check, when it is not nil, is called for each contact that passed
	// every check of the library, with its stored record and its new one:
	// the store checks what only the store knows (which contact groups
	// exist). An [*apierror.Error] fails the contact as the library's own
	// failures do; any other error is returned as it is.
	Check func(stored, next *person.Person) error
}

// A BatchResult is what a successful batch update produces.
type BatchResult struct {
	// Names are the resource names of the contacts, sorted.
	Names []string
	// Results are the result of each contact's update, by resource name.
	Results map[string]*Result
}

// A BatchError is the failure of a batch whose contacts failed one by one:
// nothing may be stored. Its first failure is the one the answer leads with.
type BatchError struct {
	// Failures are the failed contacts, in resource name order; never empty.
	Failures []ContactFailure
}

// A ContactFailure is one contact of a batch that could not be updated.
type ContactFailure struct {
	ResourceName string
	Err          *apierror.Error
}

// Error returns the first failure's text.
func (e *BatchError) Error() string { return e.Failures[0].Err.Error() }

// Unwrap returns the first failure, so that errors.As finds its
// [*apierror.Error].
func (e *BatchError) Unwrap() error { return e.Failures[0].Err }

// BatchUpdateContacts is [Options.BatchUpdateContacts] with the zero Options.
func BatchUpdateContacts(req BatchUpdateRequest, lookup func(name string) *person.Person) (*BatchResult, error) {
	return Options{}.BatchUpdateContacts(req, lookup)
}

// BatchUpdateContacts performs people.batchUpdateContacts over the contacts
// lookup returns by resource name (nil for none), all or nothing.
//
// The request is checked in this order, the first failure returned as an
// [*apierror.Error] worded for the method (updateMask, readMask): updateMask,
// readMask, sources, then each contact's body, in resource name order, its
// errors placed at contacts[<name>]. Then each contact is updated as
// [Options.UpdateContact] updates it, from its resource name check on, and
// checked by req.Check; if any fails, the error is a [*BatchError] listing every failed contact, and the
// store must keep every contact as it was. The caller serialises the batch
// with every other update of its contacts.
func (o Options) BatchUpdateContacts(req BatchUpdateRequest, lookup func(name string) *person.Person) (*BatchResult, error) {
	ms, err := parseMasks(mask.BatchUpdateContacts, req.UpdateMask, req.ReadMask, req.Sources)
	if err != nil {
		return nil, err
	}
	names := slices.Sorted(maps.Keys(req.Contacts))
	bodies := make([]*person.Person, len(names))
	for i, n := range names {
		if bodies[i], err = decodeBody(req.Contacts[n], "contacts["+n+"]"); err != nil {
			return nil, err
		}
	}
	out := &BatchResult{Names: names, Results: make(map[string]*Result, len(names))}
	var failed []ContactFailure
	for i, n := range names {
		res, err := o.updateOne(lookup(n), n, bodies[i], ms)
		if err == nil && req.Check != nil {
			err = req.Check(lookup(n), res.Stored)
		}
		if err != nil {
			var e *apierror.Error
			if !errors.As(err, &e) {
				return nil, err
			}
			failed = append(failed, ContactFailure{n, e})
			continue
		}
		out.Results[n] = res
	}
	if len(failed) > 0 {
		return nil, &BatchError{Failures: failed}
	}
	return out, nil
}

// updateOne updates one contact of a batch: its name, then the rest.
func (o Options) updateOne(stored *person.Person, name string, body *person.Person, ms masks) (*Result, error) {
	if err := validate.ResourceName(name); err != nil {
		return nil, err
	}
	return o.update(stored, name, body, true, ms)
}
