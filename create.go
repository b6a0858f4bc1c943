// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"encoding/base64"
	"encoding/hex"

	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
	"google.golang.org/protobuf/proto"
)

// A CreateRequest is one people.createContact call (or one contact of a
// people.batchCreateContacts) as it reaches the server.
type CreateRequest struct {
	// Method is the method whose names the errors use: mask.CreateContact
	// (the zero Method means it), or mask.BatchCreateContacts for one
	// contact of a batch, whose read mask is readMask (empty: no Response).
	Method mask.Method

	// PersonFields is the raw read mask (personFields, or the batch's
	// readMask).
	PersonFields string

	// Sources are the raw values of the sources parameter.
	Sources []string

	// Body is the raw JSON request body, a Person; empty is an empty Person.
	Body []byte

	// Person is the body already decoded; when it is not nil, Body is
	// ignored. CreateContact neither modifies it nor keeps any part of it.
	Person *person.Person

	// Allocate returns the new contact's resource name (people/c…) and the
	// id of its CONTACT source, as the store chooses them, or an error
	// (returned as it is). It is called once, when the request has passed
	// every check that needs no id, and must not be nil.
	Allocate func() (resourceName, sourceID string, err error)

	// Finish, when it is not nil, is called with the new contact as the
	// store will hold it, before the response is read from it: the store
	// checks it against what only the store knows (which contact groups
	// exist) and adds what the store itself adds (a default photo). An error
	// is returned as it is.
	Finish func(stored *person.Person) error
}

// myContacts is the system group every contact made through the API joins.
const myContacts = "contactGroups/myContacts"

// CreateContact is [Options.CreateContact] with the zero Options.
func CreateContact(req CreateRequest) (*Result, error) { return Options{}.CreateContact(req) }

// CreateContact performs people.createContact: it returns the new contact as
// the store must hold it and the response.
//
// The read mask, then the sources, then the body are checked, as for
// updateContact; then Allocate names the contact. The new contact has one
// source, of type CONTACT with the allocated id, whose etag chain starts
// from a seed derived from the id (two contacts made at the same instant get
// different etags). The body's resourceName, etag and metadata are ignored;
// its updatable fields are taken as an update of every field it holds would
// take them ([validate.Content], then [merge.Apply]: contact items
// normalised, computed values computed, the source's updateTime from o's
// clock), and the contact joins contactGroups/myContacts unless the body
// already puts it there; then Finish, if set, checks and completes it. The response is its read with the request's masks.
func (o Options) CreateContact(req CreateRequest) (*Result, error) {
	m := req.Method
	if m == 0 {
		m = mask.CreateContact
	}
	ms, err := parseMasks(m, "", req.PersonFields, req.Sources)
	if err != nil {
		return nil, err
	}
	body := req.Person
	if body != nil {
		body = proto.Clone(body).(*person.Person)
	} else if body, err = decodeBody(req.Body, ""); err != nil {
		return nil, err
	}

	name, id, err := req.Allocate()
	if err != nil {
		return nil, err
	}
	cs := &person.Source{Type: person.Source_CONTACT, Id: id, Etag: seedEtag(id)}
	empty := &person.Person{
		ResourceName: name,
		Metadata: &person.PersonMetadata{
			Sources:    []*person.Source{cs},
			ObjectType: person.PersonMetadata_PERSON,
		},
	}
	body.ResourceName, body.Etag, body.Metadata = "", "", nil
	if !inMyContacts(body, cs) {
		body.Memberships = append(body.Memberships, &person.Membership{
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: myContacts},
		})
	}
	var fields person.FieldSet
	for f := range person.UpdatableFields.All() {
		if f.Has(body) {
			fields = fields.With(f)
		}
	}
	u := mask.UpdateOf(fields)
	if err := validate.Content(body, u, empty); err != nil {
		return nil, err
	}
	stored := o.apply(empty, body, u, true)
	if req.Finish != nil {
		if err := req.Finish(stored); err != nil {
			return nil, err
		}
	}
	return newResult(stored, ms), nil
}

// inMyContacts reports whether the body keeps a membership of
// contactGroups/myContacts for the contact source cs.
func inMyContacts(body *person.Person, cs *person.Source) bool {
	for _, m := range body.GetMemberships() {
		if person.IsContactItem(m, cs) && m.GetContactGroupMembership().GetContactGroupResourceName() == myContacts {
			return true
		}
	}
	return false
}

// seedEtag returns the first etag of a new contact source: "#" and the
// base64 of the id's bytes (of its value, for an id of 16 hex digits as the
// API writes them).
func seedEtag(id string) string {
	b := []byte(id)
	if len(id) == 16 {
		if v, err := hex.DecodeString(id); err == nil {
			b = v
		}
	}
	return "#" + base64.StdEncoding.EncodeToString(b)
}
