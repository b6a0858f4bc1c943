// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"testing"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// TestAppendListed checks that a listed person's JSON, written straight from
// the stored person with its etag rewritten, is the JSON of its read with the
// list etag (what the list wrote before), for persons that take the short way
// and for those that do not.
func TestAppendListed(t *testing.T) {
	sample := Sample()
	noName := sample.Clone()
	noName.ResourceName = ""
	escaped := sample.Clone()
	escaped.ResourceName = `people/c"1\2`
	for _, tc := range []struct {
		name   string
		p      *person.Person
		fields string
	}{
		{"sample, every field", sample, "addresses,biographies,birthdays,emailAddresses,memberships,metadata,names,phoneNumbers,userDefined"},
		{"sample, names", sample, "names"},
		{"no resource name", noName, "names,metadata"},
		{"escaped resource name", escaped, "names"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := mask.ParseRead(tc.fields)
			if err != nil {
				t.Fatal(err)
			}
			src, err := mask.ParseSources(nil)
			if err != nil {
				t.Fatal(err)
			}
			v, err := peopleupdate.ReadParsed(tc.p, r, src)
			if err != nil {
				t.Fatal(err)
			}
			v.Etag = listEtag(v.Etag)
			want, err := person.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			got, err := appendListed([]byte("prefix"), tc.p, r, src)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != "prefix"+string(want) {
				t.Errorf("appendListed:\n got %s\nwant prefix%s", got, want)
			}
		})
	}
}
