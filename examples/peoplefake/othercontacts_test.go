// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// otherContact returns a stored other contact.
func otherContact(id, given, email, phone string) *person.Person {
	src := &person.Source{Type: person.Source_OTHER_CONTACT, Id: id}
	md := func() *person.FieldMetadata {
		return &person.FieldMetadata{Source: &person.Source{Type: person.Source_OTHER_CONTACT, Id: id}}
	}
	return &person.Person{
		ResourceName:   "otherContacts/" + id,
		Metadata:       &person.PersonMetadata{Sources: []*person.Source{src}},
		Names:          []*person.Name{{Metadata: md(), GivenName: given, DisplayName: given}},
		EmailAddresses: []*person.EmailAddress{{Metadata: md(), Value: email}},
		PhoneNumbers:   []*person.PhoneNumber{{Metadata: md(), Value: phone}},
	}
}

func TestOtherContacts(t *testing.T) {
	srv, svc := newFake(t, peoplefake.WithOtherContacts(
		otherContact("c1", "Bob", "bob@example.com", "+1 212-555-0100"),
		otherContact("c2", "Carol", "carol@example.com", "+1 212-555-0101"),
	))

	// list: the restricted readMask, paging, a sync token on the last page.
	var names []string
	var tok string
	for page := ""; ; {
		resp, err := svc.OtherContacts.List().ReadMask("names,emailAddresses").PageSize(1).PageToken(page).RequestSyncToken(true).Do()
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		for _, p := range resp.OtherContacts {
			names = append(names, p.ResourceName+" "+p.Names[0].GivenName+" "+p.EmailAddresses[0].Value)
			if len(p.PhoneNumbers) != 0 {
				t.Errorf("%s: phone numbers outside the readMask", p.ResourceName)
			}
		}
		if resp.NextPageToken == "" {
			tok = resp.NextSyncToken
			break
		}
		page = resp.NextPageToken
	}
	if diff := cmp.Diff([]string{"otherContacts/c1 Bob bob@example.com", "otherContacts/c2 Carol carol@example.com"}, names); diff != "" {
		t.Errorf("list mismatch (-want +got):\n%s", diff)
	}
	_, err := svc.OtherContacts.List().ReadMask("birthdays").Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid readMask mask path: "birthdays".` + docs + "otherContacts/list."})
	if _, err := svc.OtherContacts.List().ReadMask("birthdays").Sources("READ_SOURCE_TYPE_CONTACT", "READ_SOURCE_TYPE_PROFILE").Do(); err != nil {
		t.Errorf("birthdays with the PROFILE source: %v", err)
	}
	_, err = svc.OtherContacts.List().ReadMask("names").Sources("READ_SOURCE_TYPE_PROFILE").Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."})

	// sync: one new, one deleted.
	if err := srv.PutOtherContact(peoplefake.DefaultUser, otherContact("c3", "Dan", "dan@example.com", "")); err != nil {
		t.Fatalf("PutOtherContact: %v", err)
	}
	if !srv.DeleteOtherContact(peoplefake.DefaultUser, "otherContacts/c2") {
		t.Fatal("DeleteOtherContact: none")
	}
	resp, err := svc.OtherContacts.List().ReadMask("names,emailAddresses").SyncToken(tok).Do()
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	var synced []string
	for _, p := range resp.OtherContacts {
		if p.Metadata != nil && p.Metadata.Deleted {
			synced = append(synced, p.ResourceName+" deleted")
		} else {
			synced = append(synced, p.ResourceName+" "+p.Names[0].GivenName)
		}
	}
	if diff := cmp.Diff([]string{"otherContacts/c3 Dan", "otherContacts/c2 deleted"}, synced); diff != "" {
		t.Errorf("sync mismatch (-want +got):\n%s", diff)
	}

	// search: names, email addresses, phone numbers; the warm-up first.
	if _, err := svc.OtherContacts.Search().Query("").ReadMask("names").Do(); err != nil {
		t.Fatalf("warm-up: %v", err)
	}
	for q, want := range map[string]string{"bob": "Bob", "dan@": "Dan", "0100": "Bob"} {
		sr, err := svc.OtherContacts.Search().Query(q).ReadMask("names").Do()
		if err != nil || len(sr.Results) != 1 || sr.Results[0].Person.Names[0].GivenName != want {
			t.Errorf("search %q: %v, %+v", q, err, sr)
		}
	}
	_, err = svc.OtherContacts.Search().Query("bob").ReadMask("birthdays").Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid readMask mask path: "birthdays".` + docs + "otherContacts/search."})

	// copy: a new contact of the copyMask fields.
	p, err := svc.OtherContacts.CopyOtherContactToMyContactsGroup("otherContacts/c1",
		&people.CopyOtherContactToMyContactsGroupRequest{CopyMask: "names,emailAddresses"}).Do()
	if err != nil {
		t.Fatalf("Copy: %v", err)
	}
	if !strings.HasPrefix(p.ResourceName, "people/c") || len(p.Names) != 1 || p.Names[0].DisplayName != "Bob" ||
		len(p.EmailAddresses) != 1 || len(p.PhoneNumbers) != 0 || len(p.Memberships) != 1 ||
		p.Memberships[0].ContactGroupMembership.ContactGroupResourceName != "contactGroups/myContacts" {
		t.Errorf("copied contact: %+v", p)
	}
	stored := srv.Person(peoplefake.DefaultUser, p.ResourceName)
	if stored.ContactSource() == nil || stored.GetEmailAddresses()[0].GetMetadata().GetSource().GetType() != person.Source_CONTACT {
		t.Errorf("stored copy: %v", stored)
	}
	_, err = svc.OtherContacts.CopyOtherContactToMyContactsGroup("otherContacts/c1",
		&people.CopyOtherContactToMyContactsGroupRequest{}).Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "copyMask mask is required. Please specify one or more valid paths." + docs + "otherContacts/copyOtherContactToMyContactsGroup."})
	_, err = svc.OtherContacts.CopyOtherContactToMyContactsGroup("otherContacts/nobody",
		&people.CopyOtherContactToMyContactsGroupRequest{CopyMask: "names"}).Do()
	wantError(t, err, apiError{404, "NOT_FOUND", "notFound", msgNotFound})
}

func TestSeedOtherContacts(t *testing.T) {
	sd, err := peoplefake.ParseSeed([]byte(`{"otherContacts": [{"resourceName": "otherContacts/c9",
		"metadata": {"sources": [{"type": "OTHER_CONTACT", "id": "c9"}]}, "names": [{"givenName": "Eve"}]}]}`))
	if err != nil || len(sd.OtherContacts) != 1 || sd.OtherContacts[0].GetNames()[0].GetGivenName() != "Eve" {
		t.Fatalf("ParseSeed: %v, %v", err, sd)
	}
	_, err = peoplefake.ParseSeed([]byte(`{"otherContacts": [{"resourceName": "people/c9", "names": [{"givenName": "Eve"}]}]}`))
	if err == nil || !strings.Contains(err.Error(), "otherContacts[0] (people/c9)") {
		t.Errorf("ParseSeed of a bad record: %v", err)
	}
}
