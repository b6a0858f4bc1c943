// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"github.com/peopleupdate/peopleupdate/internal/adopt"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/merge"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// A Request is one people.updateContact call as it reaches the server: the URL
// path, the query parameters as they were given, and the body.
type Request struct {
	// Method is the method whose names the errors use: mask.UpdateContact
	// (the zero Method means it), or mask.BatchUpdateContacts for one
	// contact of a batch, whose masks are updateMask and readMask (an empty
	// readMask then gives no Response). See [BatchUpdateContacts] for the
	// whole batch. A Method without an update mask panics.
	Method mask.Method

	// ResourceName is the contact's resource name from the URL path,
	// "people/c4084048990019506721". It wins over the body's resourceName.
	ResourceName string

	// UpdatePersonFields is the raw updatePersonFields query value: a
	// comma-separated list of the fields to replace. It is required.
	UpdatePersonFields string

	// PersonFields is the raw personFields query value: the fields the
	// response holds. Empty means all 29 readable fields.
	PersonFields string

	// Sources are the raw values of the repeated sources query parameter, in
	// order: READ_SOURCE_TYPE_CONTACT, READ_SOURCE_TYPE_PROFILE, ... Empty means
	// CONTACT and PROFILE.
	Sources []string

	// Body is the raw JSON request body, a Person. It is decoded after the
	// masks are checked, as the API does; an empty body (nothing but white
	// space) is an empty Person.
	Body []byte

	// Person is the request body already decoded. When it is not nil, Body is
	// ignored. UpdateContact neither modifies it nor keeps any part of it.
	Person *person.Person
}

// UpdateContact is [Options.UpdateContact] with the zero Options: it reads no
// clock.
func UpdateContact(stored *person.Person, req Request) (*Result, error) {
	return Options{}.UpdateContact(stored, req)
}

// UpdateContact performs people.updateContact on stored, the contact as the
// store holds it (nil when the store has no person under the name), and
// returns the new stored contact and the response.
//
// The request is checked in the order of [SPEC §3], and the first failure is
// returned as an [*apierror.Error]; stored is then left as it was:
//
//  1. the resource name names a contact ([validate.ResourceName]);
//  2. updatePersonFields, personFields, then sources parse
//     ([mask.Method.ParseUpdate], [mask.Method.ParseRead],
//     [mask.ParseSources]), their errors worded for req.Method;
//  3. the body decodes ([person.Unmarshal]);
//  4. the body carries a concurrency token ([validate.TokenPresent]);
//  5. the contact exists under that name and has a contact source
//     ([validate.Stored]);
//  6. the tokens are current ([validate.Tokens]);
//  7. the masked fields' content is valid ([validate.Content]).
//
// Then the masked fields of stored are replaced by the request's contact items
// ([merge.Apply], [SPEC §4] and §5) and the result is projected for the
// response ([mask.Project], [SPEC §7]) with a new person etag
// ([etag.ForPerson], [SPEC §6]).
//
// UpdateContact does no I/O, modifies neither stored nor req, and reads no
// clock unless o has one. It is safe to call concurrently; the store must
// serialise the updates of one contact ([SPEC §8]), each call getting the
// Stored of the previous one.
//
// [SPEC §3]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
// [SPEC §7]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#7-response
// [SPEC §6]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#6-etags
// [SPEC §8]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#8-beyond-one-call-the-fake
func (o Options) UpdateContact(stored *person.Person, req Request) (*Result, error) {
	m := req.Method
	if m == 0 {
		m = mask.UpdateContact
	}
	// §3.1: the URL's resource name.
	if err := validate.ResourceName(req.ResourceName); err != nil {
		return nil, err
	}

	// §3.2: the masks, then the sources.
	ms, err := parseMasks(m, req.UpdatePersonFields, req.PersonFields, req.Sources)
	if err != nil {
		return nil, err
	}

	// §3.3: the body.
	body := req.Person
	if body == nil {
		if body, err = decodeBody(req.Body, ""); err != nil {
			return nil, err
		}
	}
	return o.update(stored, req.ResourceName, body, req.Person == nil, ms)
}

// masks are the parsed masks of a call.
type masks struct {
	update  mask.Update // the zero Update for a method without one
	read    mask.Read
	sources mask.Sources
}

// parseMasks parses the masks of a call of m in the order of [SPEC §3.2]:
// the update mask (for a method that has one), the read mask, the sources.
//
// [SPEC §3.2]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
func parseMasks(m mask.Method, update, read string, sources []string) (masks, error) {
	var ms masks
	var err error
	if m.UpdateParam() != "" {
		if ms.update, err = m.ParseUpdate(update); err != nil {
			return ms, err
		}
	}
	if ms.read, err = m.ParseRead(read); err != nil {
		return ms, err
	}
	ms.sources, err = mask.ParseSources(sources)
	return ms, err
}

// update performs the rest of an update whose masks are parsed and whose body
// is decoded: §3.4 to §7. With own, body is the call's own: its kept items
// move into the result instead of being copied.
func (o Options) update(stored *person.Person, name string, body *person.Person, own bool, ms masks) (*Result, error) {
	if err := validate.TokenPresent(body); err != nil {
		return nil, err
	}
	if err := validate.Stored(name, stored); err != nil {
		return nil, err
	}
	if err := validate.Tokens(body, stored); err != nil {
		return nil, err
	}
	if err := validate.Content(body, ms.update, stored); err != nil {
		return nil, err
	}
	next := o.apply(stored, body, ms.update, own)
	return newResult(next, ms), nil
}

// apply is merge.Apply, adopting req when own says nothing else holds it.
func (o Options) apply(stored, req *person.Person, u mask.Update, own bool) *person.Person {
	if own {
		return adopt.Apply(stored, req, u, o.merge())
	}
	return merge.Apply(stored, req, u, o.merge())
}
