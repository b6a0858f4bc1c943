// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"errors"
	"fmt"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Use ParseUpdate on the raw updatePersonFields query value. Whitespace and
// empty segments are forgiven, the snake_case spelling is an alias, and the
// result prints in canonical form. A path that is not updatable is an API error
// naming it.
func ExampleParseUpdate() {
	u, err := mask.ParseUpdate(" phoneNumbers, email_addresses,,names")
	if err != nil {
		panic(err)
	}
	fmt.Println(u, u.Has(person.FieldNames), u.FieldMask().GetPaths())

	_, err = mask.ParseUpdate("names,photos")
	var e *apierror.Error
	if errors.As(err, &e) {
		fmt.Println(e.Kind, e.Field())
		fmt.Println(e.Message)
	}
	// Output:
	// emailAddresses,names,phoneNumbers true [email_addresses names phone_numbers]
	// InvalidUpdatePath update_person_fields
	// Invalid updatePersonFields mask path: "photos". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.
}

// Use ParseRead on the raw personFields query value of updateContact: an empty
// value means every readable field.
func ExampleParseRead() {
	r, err := mask.ParseRead("")
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Len(), r == mask.AllRead())

	r, err = mask.ParseRead("names,metadata")
	if err != nil {
		panic(err)
	}
	for f := range r.All() {
		fmt.Println(f)
	}
	// Output:
	// 29 true
	// metadata
	// names
}

// Use ParseSources on the values of the repeated sources query parameter; no
// values means PROFILE and CONTACT.
func ExampleParseSources() {
	s, err := mask.ParseSources(nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Values())
	fmt.Println(s.Selects(person.Source_ACCOUNT), s.Selects(person.Source_OTHER_CONTACT))

	_, err = mask.ParseSources([]string{"READ_SOURCE_TYPE_CONTACT", "READ_SOURCE_TYPE_UNSPECIFIED"})
	fmt.Println(err)
	// Output:
	// [READ_SOURCE_TYPE_PROFILE READ_SOURCE_TYPE_CONTACT]
	// true false
	// Error 400: Invalid value at 'sources[1]' (TYPE_ENUM), "READ_SOURCE_TYPE_UNSPECIFIED", badRequest
}

// Use Project to build the person a response shows: here only the names of the
// contact source, without metadata since the mask does not ask for it.
func ExampleProject() {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "5c1e0a7d93b24f68"}
	profile := &person.Source{Type: person.Source_PROFILE, Id: "108123456789012345678"}
	stored := &person.Person{
		ResourceName: "people/c6637754435255816040",
		Etag:         "%EgMBAgM=",
		Metadata:     &person.PersonMetadata{Sources: []*person.Source{contact, profile}},
		Names: []*person.Name{
			{Metadata: &person.FieldMetadata{Source: contact}, GivenName: "Daniel"},
			{Metadata: &person.FieldMetadata{Source: profile}, GivenName: "Dan"},
		},
		EmailAddresses: []*person.EmailAddress{{Value: "daniel@example.com"}},
	}
	r, _ := mask.ParseRead("names")
	s, _ := mask.ParseSources([]string{"READ_SOURCE_TYPE_CONTACT"})

	resp := mask.Project(stored, r, s)
	fmt.Println(resp.GetResourceName(), resp.GetEtag())
	for _, n := range resp.GetNames() {
		fmt.Println(n.GetGivenName(), n.GetMetadata().GetSource().GetType())
	}
	fmt.Println(len(resp.GetEmailAddresses()), resp.GetMetadata() == nil)
	// Output:
	// people/c6637754435255816040 %EgMBAgM=
	// Daniel CONTACT
	// 0 true
}
