// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package etag_test

import (
	"fmt"
	"log"
	"time"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// A read issues a person etag; an update sends it back. It matches until any
// source of the person changes.
func Example() {
	p := &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{Sources: []*person.Source{{
			Type: person.Source_CONTACT,
			Id:   "38ad74eb0f67d221",
			Etag: "#vmL7ePGYhLw=",
		}}},
	}
	read, err := mask.ParseRead("names,emailAddresses")
	if err != nil {
		log.Fatal(err)
	}
	tag := etag.ForPerson(p, read, mask.DefaultSources())
	fmt.Println(etag.Matches(p, tag))

	// An update stores the contact source with a new etag.
	cs := p.Metadata.Sources[0]
	cs.Etag = etag.NextSource(cs.Etag, time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))
	fmt.Println(etag.Matches(p, tag))
	// Output:
	// true
	// false
}

// Decode recovers the read an etag was issued for: an update's response is
// read with the same mask.
func ExampleDecode() {
	p := &person.Person{ResourceName: "people/c1"}
	read, err := mask.ParseRead("names,phoneNumbers")
	if err != nil {
		log.Fatal(err)
	}
	got, _, ok := etag.Decode(etag.ForPerson(p, read, mask.DefaultSources()))
	fmt.Println(ok, got.Fields())
	_, _, ok = etag.Decode("%garbage")
	fmt.Println(ok)
	// Output:
	// true names,phoneNumbers
	// false
}

// Source etags have the People API's shape and never repeat the previous one.
func ExampleNextSource() {
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	first := etag.NextSource("", at)
	next := etag.NextSource(first, at)
	fmt.Println(len(first), first[0] == '#', next != first)
	// Output: 13 true true
}
