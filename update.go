// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"bytes"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/merge"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// A Request is one people.updateContact call as it reaches the server: the URL
// path, the query parameters as they were given, and the body.
type Request struct {
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

// A Result is what a successful update produces. Its two persons share no
// memory with each other, nor with the stored person or the request, so a
// caller may keep, mutate or hand out any of them.
type Result struct {
	// Stored is the contact as the store must now hold it: the merged person
	// with every source, every field and the new contact source etag and
	// updateTime. It replaces the stored person.
	Stored *person.Person

	// Response is the body of the API's answer: Stored projected on the
	// request's personFields and sources (SPEC.md §7), with its person etag.
	Response *person.Person
}

// UpdateContact performs people.updateContact on stored, the contact as the
// store holds it (nil when the store has no person under the name), and
// returns the new stored contact and the response.
//
// The request is checked in the order of SPEC.md §3, and the first failure is
// returned as an [*apierror.Error]; stored is then left as it was:
//
//  1. the resource name names a contact ([validate.ResourceName]);
//  2. updatePersonFields, personFields, then sources parse ([mask.ParseUpdate],
//     [mask.ParseRead], [mask.ParseSources]);
//  3. the body decodes ([person.Unmarshal]);
//  4. the body carries a concurrency token ([validate.TokenPresent]);
//  5. the contact exists under that name and has a contact source
//     ([validate.Stored]);
//  6. the tokens are current ([validate.Tokens]);
//  7. the masked fields' content is valid ([validate.Content]).
//
// Then the masked fields of stored are replaced by the request's contact items
// ([merge.Apply], SPEC.md §4 and §5) and the result is projected for the
// response ([mask.Project], SPEC.md §7) with a new person etag
// ([etag.ForPerson], SPEC.md §6).
//
// UpdateContact does no I/O, modifies neither stored nor req, and reads no
// clock unless [WithClock] gives it one. It is safe to call concurrently; the
// store must serialise the updates of one contact (SPEC.md §8), each call
// getting the Stored of the previous one.
func UpdateContact(stored *person.Person, req Request, opts ...Option) (*Result, error) {
	// §3.1: the URL's resource name.
	if err := validate.ResourceName(req.ResourceName); err != nil {
		return nil, err
	}

	// §3.2: the masks, then the sources.
	update, err := mask.ParseUpdate(req.UpdatePersonFields)
	if err != nil {
		return nil, err
	}
	read, err := mask.ParseRead(req.PersonFields)
	if err != nil {
		return nil, err
	}
	sources, err := mask.ParseSources(req.Sources)
	if err != nil {
		return nil, err
	}

	// §3.3: the body.
	body, err := decodeBody(req)
	if err != nil {
		return nil, err
	}

	// §3.4–§3.7: the token, the stored person, the tokens, the content.
	if err := validate.TokenPresent(body); err != nil {
		return nil, err
	}
	if err := validate.Stored(req.ResourceName, stored); err != nil {
		return nil, err
	}
	if err := validate.Tokens(body, stored); err != nil {
		return nil, err
	}
	if err := validate.Content(body, update, stored); err != nil {
		return nil, err
	}

	// §4–§7: merge, then project. A body decoded here is the call's own: its
	// kept items move into the result instead of being copied.
	mo := newConfig(opts).mergeOptions()
	mo.AdoptRequest = req.Person == nil
	next := merge.Apply(stored, body, update, mo)
	return &Result{Stored: next, Response: respond(next, read, sources)}, nil
}

// decodeBody returns the request's Person: req.Person as it is, or req.Body
// decoded. An empty body is an empty Person.
func decodeBody(req Request) (*person.Person, error) {
	if req.Person != nil {
		return req.Person, nil
	}
	if len(bytes.TrimSpace(req.Body)) == 0 {
		return &person.Person{}, nil
	}
	return person.Unmarshal(req.Body)
}

// respond returns p as a read with mask r and sources s answers it: projected,
// with the person etag of that read.
func respond(p *person.Person, r mask.Read, s mask.Sources) *person.Person {
	resp := mask.Project(p, r, s)
	resp.Etag = etag.ForPerson(p, r, s)
	return resp
}
