// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

func TestBatchGet(t *testing.T) {
	_, svc := newFake(t)
	resp, err := svc.People.GetBatchGet().ResourceNames(sampleName, "people/c1", "bad").PersonFields("names").Do()
	if err != nil {
		t.Fatalf("GetBatchGet: %v", err)
	}
	type item struct {
		Name       string
		HTTPStatus int64
		Code       int64
		Message    string
		HasPerson  bool
	}
	var got []item
	for _, r := range resp.Responses {
		it := item{Name: r.RequestedResourceName, HTTPStatus: r.HttpStatusCode, HasPerson: r.Person != nil}
		if r.Status != nil {
			it.Code, it.Message = r.Status.Code, r.Status.Message
		}
		got = append(got, it)
	}
	want := []item{
		{sampleName, 200, 0, "", true},
		{"people/c1", 404, 5, msgNotFound, false},
		{"bad", 400, 3, `Resource name "bad" is not a valid person resource.`, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("responses mismatch (-want +got):\n%s", diff)
	}
	if p := resp.Responses[0].Person; p == nil || p.Etag == "" || len(p.Names) != 2 || p.EmailAddresses != nil {
		t.Errorf("person shaped wrong: %+v", p)
	}

	many := make([]string, 201)
	for i := range many {
		many[i] = fmt.Sprintf("people/c%d", i)
	}
	_, err = svc.People.GetBatchGet().ResourceNames(many...).PersonFields("names").Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Too many values for resourceNames: at most 200 are allowed."})
	if _, err := svc.People.GetBatchGet().ResourceNames(many[:200]...).PersonFields("names").Do(); err != nil {
		t.Errorf("GetBatchGet of 200: %v", err)
	}
}

func TestCreateContact(t *testing.T) {
	srv, svc := newFake(t, peoplefake.WithIDSeed(7))
	in := &people.Person{
		Names:          []*people.Name{{GivenName: "Ada", FamilyName: "Lovelace", DisplayName: "ignored"}},
		EmailAddresses: []*people.EmailAddress{{Value: "ada@example.com", Type: "home"}},
		PhoneNumbers:   []*people.PhoneNumber{{Value: "(303) 828-8765"}},
	}
	got, err := svc.People.CreateContact(in).Do()
	if err != nil {
		t.Fatalf("CreateContact: %v", err)
	}
	m := regexp.MustCompile(`^people/c(\d+)$`).FindStringSubmatch(got.ResourceName)
	if m == nil {
		t.Fatalf("resourceName %q is not people/c<decimal>", got.ResourceName)
	}
	if got.Metadata == nil || len(got.Metadata.Sources) != 1 {
		t.Fatalf("metadata %+v: want one CONTACT source", got.Metadata)
	}
	cs := got.Metadata.Sources[0]
	id, err := strconv.ParseUint(cs.Id, 16, 64)
	if err != nil || len(cs.Id) != 16 || strconv.FormatUint(id, 10) != m[1] {
		t.Errorf("source id %q does not give resource name %q", cs.Id, got.ResourceName)
	}
	type shape struct {
		Type, Etag0, UpdateTime, Display, Email, EmailType, Canonical, Group string
	}
	gotShape := shape{cs.Type, cs.Etag[:1], cs.UpdateTime, got.Names[0].DisplayName, got.EmailAddresses[0].Value,
		got.EmailAddresses[0].FormattedType, got.PhoneNumbers[0].CanonicalForm, got.Memberships[0].ContactGroupMembership.ContactGroupResourceName}
	wantShape := shape{"CONTACT", "#", t0.Format(time.RFC3339), "Ada Lovelace", "ada@example.com", "Home", "+13038288765", "contactGroups/myContacts"}
	if diff := cmp.Diff(wantShape, gotShape); diff != "" {
		t.Errorf("created contact mismatch (-want +got):\n%s", diff)
	}
	if srv.Person(peoplefake.DefaultUser, got.ResourceName) == nil {
		t.Errorf("store lacks %s", got.ResourceName)
	}
	// The etag of the answer is good for an update.
	got.Names = []*people.Name{{GivenName: "Augusta"}}
	if _, err := svc.People.UpdateContact(got.ResourceName, got).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("UpdateContact with createContact's etag: %v", err)
	}
	// Same seed, same ids.
	_, svc2 := newFake(t, peoplefake.WithIDSeed(7))
	again, err := svc2.People.CreateContact(in).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("CreateContact on a second fake: %v", err)
	}
	if again.ResourceName != got.ResourceName || again.Metadata != nil {
		t.Errorf("second fake: %q (metadata %v), want %q and no metadata", again.ResourceName, again.Metadata, got.ResourceName)
	}
	second, err := svc.People.CreateContact(in).PersonFields("names").Do()
	if err != nil || second.ResourceName == got.ResourceName {
		t.Errorf("second contact: %v, name %q: want a new name", err, second.ResourceName)
	}

	tests := []struct {
		name string
		in   *people.Person
		want apiError
	}{
		{"two names", &people.Person{Names: []*people.Name{{GivenName: "A"}, {GivenName: "B"}}},
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Cannot have more than one person.names per source."}},
		{"system group", &people.Person{Memberships: []*people.Membership{{ContactGroupMembership: &people.ContactGroupMembership{ContactGroupResourceName: "contactGroups/family"}}}},
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Cannot add a contact to the system contact group "contactGroups/family".`}},
		{"bad date", &people.Person{Birthdays: []*people.Birthday{{Date: &people.Date{Year: 2023, Month: 2, Day: 29}}}},
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid date in person.birthdays[0].date."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.People(peoplefake.DefaultUser))
			_, err := svc.People.CreateContact(tt.in).Do()
			wantError(t, err, tt.want)
			if after := len(srv.People(peoplefake.DefaultUser)); after != before {
				t.Errorf("a failed create changed the store: %d → %d people", before, after)
			}
		})
	}
}

func TestCreateContactStarred(t *testing.T) {
	_, svc := newFake(t)
	got, err := svc.People.CreateContact(&people.Person{
		Memberships: []*people.Membership{{ContactGroupMembership: &people.ContactGroupMembership{ContactGroupResourceName: "contactGroups/starred"}}},
	}).PersonFields("memberships").Do()
	if err != nil {
		t.Fatalf("CreateContact: %v", err)
	}
	var groups []string
	for _, m := range got.Memberships {
		groups = append(groups, m.ContactGroupMembership.ContactGroupResourceName)
	}
	if diff := cmp.Diff([]string{"contactGroups/starred", "contactGroups/myContacts"}, groups); diff != "" {
		t.Errorf("memberships mismatch (-want +got):\n%s", diff)
	}
}

// createN makes n contacts named Given<i> Family<n-i> and returns their
// resource names in creation order.
func createN(t *testing.T, svc *people.Service, n int) []string {
	t.Helper()
	var out []string
	for i := range n {
		p, err := svc.People.CreateContact(&people.Person{
			Names: []*people.Name{{GivenName: fmt.Sprintf("Given%02d", i), FamilyName: fmt.Sprintf("Family%02d", n-i)}},
		}).PersonFields("names").Do()
		if err != nil {
			t.Fatalf("CreateContact %d: %v", i, err)
		}
		out = append(out, p.ResourceName)
	}
	return out
}

func TestBatchUpdateContacts(t *testing.T) {
	srv, svc := newFake(t)
	made := createN(t, svc, 2)
	get := func(name string) *people.Person {
		p, err := svc.People.Get(name).PersonFields("names").Do()
		if err != nil {
			t.Fatalf("Get %s: %v", name, err)
		}
		return p
	}
	a, b := get(made[0]), get(made[1])
	a.Names = []*people.Name{{GivenName: "Alpha"}}
	b.Names = []*people.Name{{GivenName: "Beta"}}
	resp, err := svc.People.BatchUpdateContacts(&people.BatchUpdateContactsRequest{
		Contacts:   map[string]people.Person{made[0]: *a, made[1]: *b},
		UpdateMask: "names",
	}).Do()
	if err != nil {
		t.Fatalf("BatchUpdateContacts: %v", err)
	}
	if len(resp.UpdateResult) != 2 {
		t.Fatalf("got %d results, want 2", len(resp.UpdateResult))
	}
	for name, r := range resp.UpdateResult {
		if r.Person != nil || r.RequestedResourceName != name || r.HttpStatusCode != 200 {
			t.Errorf("%s: %+v; want no person (empty readMask) and status 200", name, r)
		}
	}
	if diff := cmp.Diff([]string{"Alpha"}, names(get(made[0]))); diff != "" {
		t.Errorf("after batch (-want +got):\n%s", diff)
	}

	// With a readMask, people come back with etags good for the next update.
	a, b = get(made[0]), get(made[1])
	a.Names = []*people.Name{{GivenName: "Alef"}}
	resp, err = svc.People.BatchUpdateContacts(&people.BatchUpdateContactsRequest{
		Contacts:   map[string]people.Person{made[0]: *a, made[1]: *b},
		UpdateMask: "names",
		ReadMask:   "names",
	}).Do()
	if err != nil {
		t.Fatalf("BatchUpdateContacts with readMask: %v", err)
	}
	next := resp.UpdateResult[made[0]].Person
	if next == nil || next.Etag == "" || next.Names[0].DisplayName != "Alef" {
		t.Fatalf("result person %+v: want names and an etag", next)
	}
	next.Names = []*people.Name{{GivenName: "Aleph"}}
	if _, err := svc.People.UpdateContact(made[0], next).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("UpdateContact with the batch's etag: %v", err)
	}

	// A batch with one stale contact changes nothing.
	before := srv.People(peoplefake.DefaultUser)
	fresh := get(made[1])
	fresh.Names = []*people.Name{{GivenName: "Gamma"}}
	stale := *a // a's etag is from before the last two updates
	_, err = svc.People.BatchUpdateContacts(&people.BatchUpdateContactsRequest{
		Contacts:   map[string]people.Person{made[0]: stale, made[1]: *fresh, "people/c404": *fresh},
		UpdateMask: "names",
	}).Do()
	got, env := clientError(t, err)
	// The envelope is the first failure in resource name order.
	wantFirst := apiError{400, "FAILED_PRECONDITION", "failedPrecondition", msgStaleEtag}
	if "people/c404" < made[0] {
		wantFirst = apiError{404, "NOT_FOUND", "notFound", msgNotFound}
	}
	if diff := cmp.Diff(wantFirst, got); diff != "" {
		t.Errorf("batch error mismatch (-want +got):\n%s", diff)
	}
	var details string
	for _, d := range env.Error.Details {
		if strings.Contains(string(d), "BatchUpdateContactsErrorDetails") {
			details = string(d)
		}
	}
	for _, want := range []string{made[0], "people/c404", msgStaleEtag, msgNotFound} {
		if !strings.Contains(details, want) {
			t.Errorf("batch error details lack %q:\n%s", want, details)
		}
	}
	if strings.Contains(details, `"`+made[1]+`"`) {
		t.Errorf("batch error details name the good contact %s", made[1])
	}
	if diff := cmp.Diff(names2(before), names2(srv.People(peoplefake.DefaultUser))); diff != "" {
		t.Errorf("a failed batch changed the store (-before +after):\n%s", diff)
	}

	// Request-level errors.
	tests := []struct {
		name string
		req  *people.BatchUpdateContactsRequest
		want apiError
	}{
		{"no updateMask", &people.BatchUpdateContactsRequest{Contacts: map[string]people.Person{made[1]: *fresh}},
			apiError{400, "INVALID_ARGUMENT", "badRequest", "updateMask mask is required. Please specify one or more valid paths." + docs + "people/batchUpdateContacts."}},
		{"bad readMask", &people.BatchUpdateContactsRequest{Contacts: map[string]people.Person{made[1]: *fresh}, UpdateMask: "names", ReadMask: "nope"},
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid readMask mask path: "nope".` + docs + "people/batchUpdateContacts."}},
		{"no contacts", &people.BatchUpdateContactsRequest{UpdateMask: "names"},
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := svc.People.BatchUpdateContacts(tt.req).Do()
			wantError(t, err, tt.want)
		})
	}
	many := map[string]people.Person{}
	for i := range 201 {
		many[fmt.Sprintf("people/c%d", i)] = *fresh
	}
	_, err = svc.People.BatchUpdateContacts(&people.BatchUpdateContactsRequest{Contacts: many, UpdateMask: "names"}).Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Too many values for contacts: at most 200 are allowed."})
}

// names2 returns each stored person's given names and contact source etag, by
// resource name: what a failed batch must not change.
func names2(ps []*person.Person) map[string]string {
	out := map[string]string{}
	for _, p := range ps {
		var given []string
		for _, n := range p.GetNames() {
			given = append(given, n.GetGivenName())
		}
		out[p.GetResourceName()] = strings.Join(given, "|") + " " + p.ContactSource().GetEtag()
	}
	return out
}
