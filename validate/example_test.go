// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate_test

import (
	"errors"
	"fmt"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// A client read a contact, and someone else updated it before the client sent
// its own update: the etag the client holds is no longer current.
func ExampleTokens() {
	stored := &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{Sources: []*person.Source{
			{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221", Etag: "#vmL7ePGYhLw="},
		}},
	}
	read := etag.ForPerson(stored, mask.AllRead(), mask.DefaultSources())

	// The other update replaces the contact source etag.
	cs := stored.ContactSource()
	cs.Etag = etag.NextSource(cs.Etag, cs.GetUpdateTime().AsTime())

	req := &person.Person{Etag: read}
	err := validate.Tokens(req, stored)
	var e *validate.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code, e.Status, errors.Is(err, apierror.StalePersonEtag))
		fmt.Println(e.Message)
	}
	// Output:
	// 400 FAILED_PRECONDITION true
	// Request person.etag is different than the current person.etag. Clear local cache and get the latest person.
}

// A contact source holds at most one name: a request that sends two for it is
// rejected, naming the field.
func ExampleContent() {
	stored := &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{Sources: []*person.Source{
			{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221", Etag: "#vmL7ePGYhLw="},
		}},
	}
	req := &person.Person{Names: []*person.Name{
		{GivenName: "Margaret", FamilyName: "Chen"},
		{GivenName: "Maggie", FamilyName: "Chen"},
	}}
	u, err := mask.ParseUpdate("names")
	if err != nil {
		panic(err)
	}
	err = validate.Content(req, u, stored)
	var e *validate.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code, e.Status, e.Field())
		fmt.Println(e.Message)
	}
	// Output:
	// 400 INVALID_ARGUMENT person.names
	// Cannot have more than one person.names per source.
}
