// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fakeclient

import (
	"encoding/json"
	"fmt"

	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// ToPerson converts a person of the official client to the library's type, by
// way of the API's JSON: what the client would send is what the result holds.
// It returns an error for what the API would reject as JSON (an unknown enum
// value, a malformed timestamp). A nil p gives nil.
func ToPerson(p *people.Person) (*person.Person, error) {
	if p == nil {
		return nil, nil
	}
	data, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	return person.Unmarshal(data)
}

// FromPerson converts a person of the library to the official client's type,
// by way of the API's JSON, as the client would decode a response holding it.
// A nil p gives nil.
func FromPerson(p *person.Person) (*people.Person, error) {
	if p == nil {
		return nil, nil
	}
	data, err := person.Marshal(p)
	if err != nil {
		return nil, err
	}
	out := new(people.Person)
	if err := json.Unmarshal(data, out); err != nil {
		return nil, err
	}
	return out, nil
}

// WithContacts seeds the contacts of [peoplefake.DefaultUser] with persons
// written as a client would send them to people.createContact: see
// [peoplefake.WithContacts]. It panics if one does not convert (see
// [ToPerson]), naming it by its index.
func WithContacts(contacts ...*people.Person) peoplefake.Option {
	return WithUserContacts(peoplefake.DefaultUser, contacts...)
}

// WithUserContacts seeds the contacts of user as [WithContacts] does for
// [peoplefake.DefaultUser].
func WithUserContacts(user string, contacts ...*people.Person) peoplefake.Option {
	ps := make([]*person.Person, len(contacts))
	for i, c := range contacts {
		p, err := ToPerson(c)
		if err != nil {
			panic(fmt.Sprintf("fakeclient.WithContacts: contacts[%d]: %v", i, err))
		}
		if p == nil {
			panic(fmt.Sprintf("fakeclient.WithContacts: contacts[%d] is nil", i))
		}
		ps[i] = p
	}
	return peoplefake.WithUserContacts(user, ps...)
}
