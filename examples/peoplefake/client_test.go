// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
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
