// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fakeclient_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

func TestConvertRoundTrip(t *testing.T) {
	want := peoplefake.Sample()
	p, err := fakeclient.FromPerson(want)
	if err != nil {
		t.Fatalf("FromPerson: %v", err)
	}
	if p.Names[0].GivenName != "Margaret" || p.Metadata.Sources[0].Type != "CONTACT" {
		t.Errorf("FromPerson: got names %+v, sources %+v", p.Names[0], p.Metadata.Sources[0])
	}
	got, err := fakeclient.ToPerson(p)
	if err != nil {
		t.Fatalf("ToPerson: %v", err)
	}
	if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if p, err := fakeclient.ToPerson(nil); p != nil || err != nil {
		t.Errorf("ToPerson(nil) = %v, %v; want nil, nil", p, err)
	}
	if p, err := fakeclient.FromPerson(nil); p != nil || err != nil {
		t.Errorf("FromPerson(nil) = %v, %v; want nil, nil", p, err)
	}
	if _, err := fakeclient.ToPerson(&people.Person{Metadata: &people.PersonMetadata{ObjectType: "ROBOT"}}); err == nil {
		t.Errorf("ToPerson of an unknown enum value: no error")
	}
}

// A contact seeded as a client would create it is a valid stored contact: it
// lists with its name, has a displayName and takes an update with its etag.
func TestWithContacts(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	srv := peoplefake.New(
		peoplefake.WithClock(func() time.Time { return at }),
		fakeclient.WithContacts(&people.Person{
			Names:        []*people.Name{{GivenName: "Ada", FamilyName: "Lovelace"}},
			PhoneNumbers: []*people.PhoneNumber{{Value: "(650) 253-0000"}},
		}),
	)
	svc, err := fakeclient.Service(ctx, srv)
	if err != nil {
		t.Fatal(err)
	}
	list, err := svc.People.Connections.List("people/me").PersonFields("names,phoneNumbers,memberships").Do()
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	if len(list.Connections) != 1 {
		t.Fatalf("got %d connections, want 1", len(list.Connections))
	}
	c := list.Connections[0]
	if got := c.Names[0].DisplayName; got != "Ada Lovelace" {
		t.Errorf("displayName = %q, want %q", got, "Ada Lovelace")
	}
	if got := c.PhoneNumbers[0].CanonicalForm; got != "+16502530000" {
		t.Errorf("canonicalForm = %q, want %q", got, "+16502530000")
	}
	if len(c.Memberships) != 1 || c.Memberships[0].ContactGroupMembership.ContactGroupResourceName != "contactGroups/myContacts" {
		t.Errorf("memberships = %+v, want contactGroups/myContacts", c.Memberships)
	}
	stored := srv.Person(peoplefake.DefaultUser, c.ResourceName)
	if cs := stored.ContactSource(); cs == nil || cs.GetEtag() == "" || !cs.GetUpdateTime().AsTime().Equal(at) {
		t.Errorf("stored CONTACT source = %v, want one with an etag and updateTime %v", cs, at)
	}
	p, err := svc.People.Get(c.ResourceName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("get: %v", err)
	}
	p.Names = []*people.Name{{GivenName: "Augusta"}}
	if _, err := svc.People.UpdateContact(p.ResourceName, p).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("update with the get's etag: %v", err)
	}
}

func TestWithContactsPanicsOnBadPerson(t *testing.T) {
	defer func() {
		r, _ := recover().(string)
		if !strings.HasPrefix(r, "fakeclient.WithContacts: contacts[1]") {
			t.Errorf("panic %q, want one naming contacts[1]", r)
		}
	}()
	fakeclient.WithContacts(&people.Person{}, &people.Person{Metadata: &people.PersonMetadata{ObjectType: "ROBOT"}})
}
