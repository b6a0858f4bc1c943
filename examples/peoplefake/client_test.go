// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
	"github.com/peopleupdate/peopleupdate/person"
)

// names returns the display names of p's names, in order.
func names(p *people.Person) []string {
	var out []string
	for _, n := range p.Names {
		out = append(out, n.DisplayName)
	}
	return out
}

func TestGetThenUpdate(t *testing.T) {
	srv, svc := newFake(t)
	got, err := svc.People.Get(sampleName).PersonFields("names,emailAddresses").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if diff := cmp.Diff([]string{"Margaret Chen", "Maggie Chen"}, names(got)); diff != "" {
		t.Errorf("Get names mismatch (-want +got):\n%s", diff)
	}
	if got.Etag == "" || !strings.HasPrefix(got.Etag, "%") {
		t.Errorf("Get etag = %q, want a person etag", got.Etag)
	}

	got.Names = []*people.Name{{GivenName: "Meg", FamilyName: "Chen-Li"}}
	upd, err := svc.People.UpdateContact(sampleName, got).UpdatePersonFields("names").Do()
	if err != nil {
		t.Fatalf("UpdateContact: %v", err)
	}
	if diff := cmp.Diff([]string{"Meg Chen-Li", "Maggie Chen"}, names(upd)); diff != "" {
		t.Errorf("UpdateContact names mismatch (-want +got):\n%s", diff)
	}
	if upd.Etag == got.Etag || upd.Etag == "" {
		t.Errorf("UpdateContact etag = %q, want a new one (was %q)", upd.Etag, got.Etag)
	}
	if len(upd.EmailAddresses) != 3 || upd.Metadata == nil {
		t.Errorf("UpdateContact answered %d emails, metadata %v; want all fields by default", len(upd.EmailAddresses), upd.Metadata)
	}
	stored := srv.Person(peoplefake.DefaultUser, sampleName)
	if g := stored.GetNames()[0].GetGivenName(); g != "Meg" {
		t.Errorf("stored given name = %q, want Meg", g)
	}
	again, err := svc.People.Get(sampleName).PersonFields("names,emailAddresses").Do()
	if err != nil {
		t.Fatalf("Get after update: %v", err)
	}
	if again.Etag == got.Etag {
		t.Errorf("Get after update: etag unchanged (%q)", again.Etag)
	}
}

func TestStaleEtag(t *testing.T) {
	_, svc := newFake(t)
	p, err := svc.People.Get(sampleName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	p.Names = []*people.Name{{GivenName: "First"}}
	if _, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do(); err != nil {
		t.Fatalf("first UpdateContact: %v", err)
	}
	p.Names = []*people.Name{{GivenName: "Second"}}
	_, err = svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do()
	wantError(t, err, apiError{400, "FAILED_PRECONDITION", "failedPrecondition", msgStaleEtag})
	if err != nil && !strings.Contains(err.Error(), msgStaleEtag) {
		t.Errorf("client error text %q lacks the message", err)
	}
}

func TestMaskErrors(t *testing.T) {
	_, svc := newFake(t)
	p, err := svc.People.Get(sampleName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	tests := []struct {
		name string
		call func() error
		want apiError
	}{{
		name: "update without updatePersonFields",
		call: func() error { _, err := svc.People.UpdateContact(sampleName, p).Do(); return err },
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", "updatePersonFields mask is required. Please specify one or more valid paths." + docs + "people/updateContact."},
	}, {
		name: "update path not updatable",
		call: func() error {
			_, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("photos").Do()
			return err
		},
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid updatePersonFields mask path: "photos".` + docs + "people/updateContact."},
	}, {
		name: "update with invalid personFields",
		call: func() error {
			_, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").PersonFields("etag").Do()
			return err
		},
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid personFields mask path: "etag".` + docs + "people/updateContact."},
	}, {
		name: "update with invalid sources",
		call: func() error {
			_, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Sources("READ_SOURCE_TYPE_CONTACT", "FOO").Do()
			return err
		},
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'sources[1]' (TYPE_ENUM), "FOO"`},
	}, {
		name: "get without personFields",
		call: func() error { _, err := svc.People.Get(sampleName).Do(); return err },
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", "personFields mask is required. Please specify one or more valid paths." + docs + "people/get."},
	}, {
		name: "get with invalid personFields",
		call: func() error { _, err := svc.People.Get(sampleName).PersonFields("names,x").Do(); return err },
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid personFields mask path: "x".` + docs + "people/get."},
	}, {
		name: "batchGet without personFields",
		call: func() error { _, err := svc.People.GetBatchGet().ResourceNames(sampleName).Do(); return err },
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", "personFields mask is required. Please specify one or more valid paths." + docs + "people/getBatchGet."},
	}, {
		name: "connections without personFields",
		call: func() error { _, err := svc.People.Connections.List("people/me").Do(); return err },
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", "personFields mask is required. Please specify one or more valid paths." + docs + "people.connections/list."},
	}, {
		name: "create with invalid personFields",
		call: func() error {
			_, err := svc.People.CreateContact(&people.Person{}).PersonFields("bogus").Do()
			return err
		},
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid personFields mask path: "bogus".` + docs + "people/createContact."},
	}, {
		name: "update without a token",
		call: func() error {
			_, err := svc.People.UpdateContact(sampleName, &people.Person{}).UpdatePersonFields("names").Do()
			return err
		},
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", msgMissingToken},
	}, {
		name: "update people/me",
		call: func() error {
			_, err := svc.People.UpdateContact("people/me", p).UpdatePersonFields("names").Do()
			return err
		},
		want: apiError{400, "INVALID_ARGUMENT", "badRequest", `Resource name "people/me" is not a valid contact person resource.`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantError(t, tt.call(), tt.want)
		})
	}
}

func TestChainedUpdates(t *testing.T) {
	_, svc := newFake(t)
	p, err := svc.People.Get(sampleName).PersonFields("userDefined").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	seen := map[string]bool{p.Etag: true}
	for i := 1; i <= 5; i++ {
		p.UserDefined = []*people.UserDefined{{Key: "counter", Value: strconv.Itoa(i)}}
		p, err = svc.People.UpdateContact(sampleName, p).UpdatePersonFields("userDefined").PersonFields("userDefined").Do()
		if err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
		if seen[p.Etag] {
			t.Fatalf("update %d: etag %q seen before", i, p.Etag)
		}
		seen[p.Etag] = true
		if got := p.UserDefined[0].Value; got != strconv.Itoa(i) {
			t.Fatalf("update %d: counter = %q", i, got)
		}
	}
}

func TestSourceEtagOnly(t *testing.T) {
	_, svc := newFake(t)
	p, err := svc.People.Get(sampleName).PersonFields("names,metadata").Sources("READ_SOURCE_TYPE_CONTACT").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if len(p.Metadata.Sources) != 1 {
		t.Fatalf("Get: %d sources, want the CONTACT one only", len(p.Metadata.Sources))
	}
	cs := p.Metadata.Sources[0]
	body := func(etag string) *people.Person {
		return &people.Person{
			Metadata: &people.PersonMetadata{Sources: []*people.Source{{Type: "CONTACT", Id: cs.Id, Etag: etag}}},
			Names:    []*people.Name{{GivenName: "Peggy", FamilyName: "Chen"}},
		}
	}
	upd, err := svc.People.UpdateContact(sampleName, body(cs.Etag)).UpdatePersonFields("names").PersonFields("names,metadata").Do()
	if err != nil {
		t.Fatalf("UpdateContact with the source etag: %v", err)
	}
	var newSource *people.Source
	for _, s := range upd.Metadata.Sources {
		if s.Type == "CONTACT" {
			newSource = s
		}
	}
	if newSource == nil || newSource.Etag == cs.Etag || !strings.HasPrefix(newSource.Etag, "#") {
		t.Fatalf("new CONTACT source %+v: want a new # etag (was %q)", newSource, cs.Etag)
	}
	if newSource.UpdateTime <= cs.UpdateTime {
		t.Errorf("updateTime %q not after %q", newSource.UpdateTime, cs.UpdateTime)
	}
	_, err = svc.People.UpdateContact(sampleName, body(cs.Etag)).UpdatePersonFields("names").Do()
	wantError(t, err, apiError{400, "FAILED_PRECONDITION", "failedPrecondition", msgStaleSourceEtag})
	if _, err := svc.People.UpdateContact(sampleName, body(newSource.Etag)).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("UpdateContact with the new source etag: %v", err)
	}
}

func TestReadShaping(t *testing.T) {
	_, svc := newFake(t)
	tests := []struct {
		name         string
		fields       string
		sources      []string
		wantNames    []string
		wantEmails   int
		wantMetadata int // number of sources in metadata, -1 for no metadata
	}{
		{"default sources", "names", nil, []string{"Margaret Chen", "Maggie Chen"}, 0, -1},
		{"contact only", "names,emailAddresses", []string{"READ_SOURCE_TYPE_CONTACT"}, []string{"Margaret Chen"}, 2, -1},
		{"profile only", "names,emailAddresses,metadata", []string{"READ_SOURCE_TYPE_PROFILE"}, []string{"Maggie Chen"}, 1, 1},
		{"snake_case path", "email_addresses,metadata", nil, nil, 3, 2},
		{"other contacts only", "names", []string{"READ_SOURCE_TYPE_OTHER_CONTACT"}, nil, 0, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := svc.People.Get(sampleName).PersonFields(tt.fields).Sources(tt.sources...).Do()
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if diff := cmp.Diff(tt.wantNames, names(p)); diff != "" {
				t.Errorf("names mismatch (-want +got):\n%s", diff)
			}
			if len(p.EmailAddresses) != tt.wantEmails {
				t.Errorf("got %d emails, want %d", len(p.EmailAddresses), tt.wantEmails)
			}
			gotMeta := -1
			if p.Metadata != nil {
				gotMeta = len(p.Metadata.Sources)
			}
			if gotMeta != tt.wantMetadata {
				t.Errorf("metadata sources = %d, want %d", gotMeta, tt.wantMetadata)
			}
			if p.ResourceName != sampleName || p.Etag == "" {
				t.Errorf("resourceName %q etag %q: want both always", p.ResourceName, p.Etag)
			}
			if p.Biographies != nil || p.PhoneNumbers != nil {
				t.Errorf("fields outside the mask came back")
			}
		})
	}
	a, _ := svc.People.Get(sampleName).PersonFields("names").Do()
	b, _ := svc.People.Get(sampleName).PersonFields("names,emailAddresses").Do()
	if a == nil || b == nil || a.Etag == b.Etag {
		t.Errorf("etags under two masks should differ")
	}
}

func TestDeleteThenGet(t *testing.T) {
	srv, svc := newFake(t)
	if _, err := svc.People.DeleteContact(sampleName).Do(); err != nil {
		t.Fatalf("DeleteContact: %v", err)
	}
	_, err := svc.People.Get(sampleName).PersonFields("names").Do()
	wantError(t, err, apiError{404, "NOT_FOUND", "notFound", msgNotFound})
	_, err = svc.People.DeleteContact(sampleName).Do()
	wantError(t, err, apiError{404, "NOT_FOUND", "notFound", msgNotFound})
	_, err = svc.People.DeleteContact("people/me").Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", `Resource name "people/me" is not a valid contact person resource.`})
	if p := srv.Person(peoplefake.DefaultUser, sampleName); p != nil {
		t.Errorf("store still holds %s", sampleName)
	}
}

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

func TestListConnections(t *testing.T) {
	_, svc := newFake(t)
	made := createN(t, svc, 7) // with the sample: 8 contacts
	list := func(call *people.PeopleConnectionsListCall) []string {
		t.Helper()
		var out []string
		token := ""
		for page := 0; page < 20; page++ {
			resp, err := call.PageToken(token).Do()
			if err != nil {
				t.Fatalf("List page %d: %v", page, err)
			}
			if resp.TotalPeople != 8 || resp.TotalItems != 8 {
				t.Errorf("totals %d/%d, want 8/8", resp.TotalPeople, resp.TotalItems)
			}
			if len(resp.Connections) > 3 {
				t.Errorf("page of %d, want at most 3", len(resp.Connections))
			}
			for _, p := range resp.Connections {
				out = append(out, p.ResourceName)
			}
			if token = resp.NextPageToken; token == "" {
				return out
			}
		}
		t.Fatalf("more than 20 pages")
		return nil
	}
	// The clock steps one second a reading: creation order is modification order.
	wantAsc := append([]string{sampleName}, made...)
	got := list(svc.People.Connections.List("people/me").PersonFields("names").PageSize(3))
	if diff := cmp.Diff(wantAsc, got); diff != "" {
		t.Errorf("LAST_MODIFIED_ASCENDING mismatch (-want +got):\n%s", diff)
	}
	got = list(svc.People.Connections.List("people/me").PersonFields("names").PageSize(3).SortOrder("LAST_MODIFIED_DESCENDING"))
	wantDesc := make([]string, len(wantAsc))
	for i, n := range wantAsc {
		wantDesc[len(wantAsc)-1-i] = n
	}
	if diff := cmp.Diff(wantDesc, got); diff != "" {
		t.Errorf("LAST_MODIFIED_DESCENDING mismatch (-want +got):\n%s", diff)
	}
	got = list(svc.People.Connections.List("people/me").PersonFields("names").PageSize(3).SortOrder("FIRST_NAME_ASCENDING"))
	if diff := cmp.Diff(append(append([]string{}, made...), sampleName), got); diff != "" {
		t.Errorf("FIRST_NAME_ASCENDING mismatch (-want +got):\n%s", diff)
	}
	got = list(svc.People.Connections.List("people/me").PersonFields("names").PageSize(3).SortOrder("LAST_NAME_ASCENDING"))
	// Family names run Family07 (made[0]) down to Family01 (made[6]); Chen first.
	wantLast := []string{sampleName}
	for i := len(made) - 1; i >= 0; i-- {
		wantLast = append(wantLast, made[i])
	}
	if diff := cmp.Diff(wantLast, got); diff != "" {
		t.Errorf("LAST_NAME_ASCENDING mismatch (-want +got):\n%s", diff)
	}

	// Default page size holds everyone; a sync token comes on the last page.
	resp, err := svc.People.Connections.List("people/me").PersonFields("names").RequestSyncToken(true).Do()
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if len(resp.Connections) != 8 || resp.NextPageToken != "" || resp.NextSyncToken == "" {
		t.Errorf("got %d connections, next %q, sync %q", len(resp.Connections), resp.NextPageToken, resp.NextSyncToken)
	}
	// Nothing changed since: an incremental sync answers no one.
	inc, err := svc.People.Connections.List("people/me").PersonFields("names").SyncToken(resp.NextSyncToken).Do()
	if err != nil || len(inc.Connections) != 0 || inc.NextSyncToken == "" {
		t.Errorf("incremental sync: %v, %d connections, sync %q", err, len(inc.Connections), inc.NextSyncToken)
	}

	// A list etag is not a token for updateContact, as on the real service.
	listed := resp.Connections[0]
	listed.Names = []*people.Name{{GivenName: "Listed"}}
	_, err = svc.People.UpdateContact(listed.ResourceName, listed).UpdatePersonFields("names").Do()
	wantError(t, err, apiError{400, "FAILED_PRECONDITION", "failedPrecondition", msgStaleEtag})

	// Page tokens are bound to the other parameters.
	first, err := svc.People.Connections.List("people/me").PersonFields("names").PageSize(3).Do()
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	errTests := []struct {
		name string
		call *people.PeopleConnectionsListCall
	}{
		{"token with other personFields", svc.People.Connections.List("people/me").PersonFields("names,emailAddresses").PageSize(3).PageToken(first.NextPageToken)},
		{"garbage token", svc.People.Connections.List("people/me").PersonFields("names").PageSize(3).PageToken("garbage")},
		{"negative page size", svc.People.Connections.List("people/me").PersonFields("names").PageSize(-1)},
		{"another person's connections", svc.People.Connections.List(sampleName).PersonFields("names")},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.call.Do()
			wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."})
		})
	}
	big, err := svc.People.Connections.List("people/me").PersonFields("names").PageSize(5000).Do()
	if err != nil || len(big.Connections) != 8 {
		t.Errorf("pageSize 5000: %v, %d connections; want it clamped to 1000", err, len(big.Connections))
	}
}

func TestAuth(t *testing.T) {
	srv := peoplefake.New(
		peoplefake.WithUserPeople("alice", peoplefake.Sample()),
		peoplefake.WithToken("alice-token", "alice"),
		peoplefake.WithToken("bob-token", "bob"),
		peoplefake.WithReadOnlyToken("alice-ro", "alice"),
	)
	ctx := context.Background()
	svcAs := func(token string) *people.Service {
		svc, err := fakeclient.ServiceAs(ctx, srv, token)
		if err != nil {
			t.Fatalf("ServiceAs: %v", err)
		}
		return svc
	}
	anon, alice, bob, ro := svcAs(""), svcAs("alice-token"), svcAs("bob-token"), svcAs("alice-ro")

	_, err := anon.People.Get(sampleName).PersonFields("names").Do()
	wantError(t, err, apiError{401, "UNAUTHENTICATED", "unauthorized", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."})
	_, err = svcAs("stolen").People.Get(sampleName).PersonFields("names").Do()
	wantError(t, err, apiError{401, "UNAUTHENTICATED", "unauthorized", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."})

	raw := do(t, srv, "GET", getSample, "")
	if got := raw.hdr.Get("WWW-Authenticate"); got != `Bearer realm="https://accounts.google.com/"` {
		t.Errorf("401 WWW-Authenticate %q", got)
	}

	p, err := ro.People.Get(sampleName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("read-only Get: %v", err)
	}
	p.Names = []*people.Name{{GivenName: "Nope"}}
	_, err = ro.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do()
	wantError(t, err, apiError{403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes."})
	_, err = ro.People.CreateContact(&people.Person{}).Do()
	wantError(t, err, apiError{403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes."})
	_, err = ro.People.DeleteContact(sampleName).Do()
	wantError(t, err, apiError{403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes."})

	if _, err := alice.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do(); err != nil {
		t.Fatalf("alice UpdateContact: %v", err)
	}
	_, err = bob.People.Get(sampleName).PersonFields("names").Do()
	wantError(t, err, apiError{404, "NOT_FOUND", "notFound", msgNotFound})
	made, err := bob.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "Bob's"}}}).Do()
	if err != nil {
		t.Fatalf("bob CreateContact: %v", err)
	}
	count := func(svc *people.Service) int64 {
		resp, err := svc.People.Connections.List("people/me").PersonFields("names").Do()
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		return resp.TotalPeople
	}
	if a, b := count(alice), count(bob); a != 1 || b != 1 {
		t.Errorf("alice sees %d, bob %d connections; want 1 each", a, b)
	}
	if srv.Person("alice", made.ResourceName) != nil || srv.Person("bob", made.ResourceName) == nil {
		t.Errorf("bob's contact is not bob's alone")
	}
	if g := srv.Person("alice", sampleName).GetNames()[0].GetGivenName(); g != "Nope" {
		t.Errorf("alice's contact given name %q, want Nope", g)
	}
}

func TestErrorInjection(t *testing.T) {
	srv, svc := newFake(t, peoplefake.WithErrorInjection(peoplefake.MethodGet, "UNAVAILABLE", 2))
	for range 2 {
		_, err := svc.People.Get(sampleName).PersonFields("names").Do()
		wantError(t, err, apiError{503, "UNAVAILABLE", "backendError", "The service is currently unavailable."})
	}
	p, err := svc.People.Get(sampleName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("Get after the injected failures: %v", err)
	}

	srv.InjectError(peoplefake.MethodUpdateContact, "ABORTED", "Try again.", 1)
	before := srv.Person(peoplefake.DefaultUser, sampleName)
	p.Names = []*people.Name{{GivenName: "Injected"}}
	_, err = svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do()
	wantError(t, err, apiError{409, "ABORTED", "aborted", "Try again."})
	if after := srv.Person(peoplefake.DefaultUser, sampleName); after.GetNames()[0].GetGivenName() != before.GetNames()[0].GetGivenName() {
		t.Errorf("an injected failure changed the store")
	}
	if _, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("UpdateContact after the injected failure: %v", err)
	}

	srv.InjectError(peoplefake.MethodListConnections, "RESOURCE_EXHAUSTED", "", 5)
	srv.InjectError(peoplefake.MethodListConnections, "", "", 0) // cleared
	if _, err := svc.People.Connections.List("people/me").PersonFields("names").Do(); err != nil {
		t.Errorf("List after clearing injections: %v", err)
	}
}
