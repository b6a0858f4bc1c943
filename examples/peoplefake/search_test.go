// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// searchSeeds are three contacts to search.
var searchSeeds = []*person.Person{
	{Names: []*person.Name{{GivenName: "Ada", FamilyName: "Lovelace"}},
		EmailAddresses: []*person.EmailAddress{{Value: "ada@example.com"}},
		Organizations:  []*person.Organization{{Name: "Analytical Engines"}}},
	{Names: []*person.Name{{GivenName: "Alan", FamilyName: "Turing"}},
		Nicknames: []*person.Nickname{{Value: "Prof"}}},
	{Names: []*person.Name{{GivenName: "Grace", FamilyName: "Hopper"}},
		PhoneNumbers: []*person.PhoneNumber{{Value: "+1 212-555-0199"}}},
}

// found returns the given names of a search's results.
func found(t *testing.T, call *people.PeopleSearchContactsCall) []string {
	t.Helper()
	resp, err := call.Do()
	if err != nil {
		t.Fatalf("SearchContacts: %v", err)
	}
	var out []string
	for _, r := range resp.Results {
		out = append(out, r.Person.Names[0].GivenName)
	}
	return out
}

func TestSearchContacts(t *testing.T) {
	_, svc := newFake(t, peoplefake.WithContacts(searchSeeds...))
	search := func(q string) *people.PeopleSearchContactsCall {
		return svc.People.SearchContacts().Query(q).ReadMask("names")
	}
	if got := found(t, search("")); len(got) != 0 {
		t.Errorf("warm-up gave %v, want no results", got)
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"ada", []string{"Ada"}},
		{"ADA love", []string{"Ada"}},
		{"love ada", []string{"Ada"}},
		{"a", []string{"Ada", "Alan"}}, // by the word matched: ada, alan, analytical
		{"analyt", []string{"Ada"}},    // organization
		{"ada@ex", []string{"Ada"}},    // email address
		{"prof", []string{"Alan"}},     // nickname
		{"212", []string{"Grace"}},     // phone number
		{"212-555", []string{"Grace"}},
		{"555-01", []string{"Margaret", "Grace"}}, // then by resource name
		{"margaret", []string{"Margaret"}},
		{"maggie", nil},     // the sample's profile name: only the contact source is searched
		{"da", nil},         // words are matched from their start
		{"ada turing", nil}, // every word must match
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, found(t, search(tt.query))); diff != "" {
			t.Errorf("query %q mismatch (-want +got):\n%s", tt.query, diff)
		}
	}
	if got := found(t, search("a").PageSize(1)); len(got) != 1 {
		t.Errorf("pageSize 1 gave %v", got)
	}

	// The index follows writes.
	made, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "Adele"}}}).Do()
	if err != nil {
		t.Fatalf("CreateContact: %v", err)
	}
	if diff := cmp.Diff([]string{"Adele"}, found(t, search("adel"))); diff != "" {
		t.Errorf("after create (-want +got):\n%s", diff)
	}
	if _, err := svc.People.DeleteContact(made.ResourceName).Do(); err != nil {
		t.Fatalf("DeleteContact: %v", err)
	}
	if got := found(t, search("adel")); len(got) != 0 {
		t.Errorf("after delete: %v", got)
	}

	_, err = svc.People.SearchContacts().Query("ada").Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "readMask mask is required. Please specify one or more valid paths." + docs + "people/searchContacts."})
}

func TestStaleSearch(t *testing.T) {
	_, svc := newFake(t, peoplefake.WithContacts(searchSeeds...), peoplefake.WithStaleSearch())
	search := func(q string) *people.PeopleSearchContactsCall {
		return svc.People.SearchContacts().Query(q).ReadMask("names")
	}
	if got := found(t, search("ada")); len(got) != 0 {
		t.Errorf("before warm-up: %v, want nothing", got)
	}
	found(t, search(""))
	if diff := cmp.Diff([]string{"Ada"}, found(t, search("ada"))); diff != "" {
		t.Errorf("after warm-up (-want +got):\n%s", diff)
	}
	if _, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "Adele"}}}).Do(); err != nil {
		t.Fatalf("CreateContact: %v", err)
	}
	if got := found(t, search("adel")); len(got) != 0 {
		t.Errorf("new contact before warm-up: %v, want nothing", got)
	}
	found(t, search(""))
	if diff := cmp.Diff([]string{"Adele"}, found(t, search("adel"))); diff != "" {
		t.Errorf("after second warm-up (-want +got):\n%s", diff)
	}
}

func TestSearchPageSize(t *testing.T) {
	var many []*person.Person
	for i := range 35 {
		many = append(many, &person.Person{Names: []*person.Name{{GivenName: "Zed", FamilyName: fmt.Sprint(i)}}})
	}
	_, svc := newFake(t, peoplefake.WithContacts(many...))
	for _, tt := range []struct {
		size int64
		want int
	}{{0, 10}, {5, 5}, {30, 30}, {100, 30}} {
		if got := found(t, svc.People.SearchContacts().Query("zed").ReadMask("names").PageSize(tt.size)); len(got) != tt.want {
			t.Errorf("pageSize %d: %d results, want %d", tt.size, len(got), tt.want)
		}
	}
}
