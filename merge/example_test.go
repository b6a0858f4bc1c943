// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge_test

import (
	"fmt"
	"time"

	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/merge"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// Replace a contact's phone numbers. The contact's stored numbers are gone, the
// profile's stays after the new ones, and the server's values are computed.
func ExampleApply() {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221"}
	profile := &person.Source{Type: person.Source_PROFILE, Id: "108123456789012345678"}
	stored := &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{Sources: []*person.Source{
			{Type: person.Source_CONTACT, Id: contact.Id, Etag: "#vmL7ePGYhLw=",
				UpdateTime: timestamppb.New(time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC))},
			{Type: person.Source_PROFILE, Id: profile.Id, Etag: "#HfYNXRnPBX8="},
		}},
		PhoneNumbers: []*person.PhoneNumber{
			{Value: "+1 415-555-0132", Metadata: &person.FieldMetadata{Source: contact, Primary: true, SourcePrimary: true}},
			{Value: "+1 650-555-0100", Metadata: &person.FieldMetadata{Source: profile, SourcePrimary: true}},
		},
	}
	req := &person.Person{
		Etag: "%EgUBAj03LhoEAQIFBw==",
		PhoneNumbers: []*person.PhoneNumber{
			{Value: "(303) 828-8765", Type: "workFax"},
			{Value: "555-0147", Type: "boat", Metadata: &person.FieldMetadata{SourcePrimary: true}},
		},
	}
	u, err := mask.ParseUpdate("phoneNumbers")
	if err != nil {
		panic(err)
	}

	got := merge.Apply(stored, req, u, merge.Options{Clock: func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }})

	for _, p := range got.PhoneNumbers {
		md := p.Metadata
		fmt.Printf("%-18q %-15q %-10q source=%v primary=%v sourcePrimary=%v\n",
			p.Value, p.CanonicalForm, p.FormattedType, md.Source.Type, md.Primary, md.SourcePrimary)
	}
	cs := got.ContactSource()
	fmt.Println("contact updateTime:", cs.UpdateTime.AsTime().Format(time.RFC3339Nano))
	fmt.Println("contact etag changed:", cs.Etag != stored.ContactSource().Etag)
	fmt.Println("stored untouched:", len(stored.PhoneNumbers) == 2 && stored.PhoneNumbers[0].Value == "+1 415-555-0132")
	// Output:
	// "(303) 828-8765"   "+13038288765"  "Work Fax" source=CONTACT primary=false sourcePrimary=false
	// "555-0147"         ""              "boat"     source=CONTACT primary=true sourcePrimary=true
	// "+1 650-555-0100"  ""              ""         source=PROFILE primary=false sourcePrimary=true
	// contact updateTime: 2026-03-01T12:00:00Z
	// contact etag changed: true
	// stored untouched: true
}

// The built-in phone canonicaliser reads national numbers in a region, US by
// default, and gives "" for what it cannot read.
func ExampleCanonical() {
	for _, tt := range []struct{ value, region string }{
		{"(303) 828-8765", ""},
		{"+44 20 7946 0958", ""},
		{"020 7946 0958", "GB"},
		{"(303) 555-0147 ext. 12", ""},
	} {
		fmt.Printf("%q in %q: %q\n", tt.value, tt.region, merge.Canonical(tt.value, tt.region))
	}
	// Output:
	// "(303) 828-8765" in "": "+13038288765"
	// "+44 20 7946 0958" in "": "+442079460958"
	// "020 7946 0958" in "GB": "+442079460958"
	// "(303) 555-0147 ext. 12" in "": ""
}
