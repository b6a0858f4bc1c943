// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

func TestBatchCreateContacts(t *testing.T) {
	srv, svc := newFake(t)
	resp, err := svc.People.BatchCreateContacts(&people.BatchCreateContactsRequest{
		Contacts: []*people.ContactToCreate{
			{ContactPerson: &people.Person{Names: []*people.Name{{GivenName: "Zed"}}}},
			{ContactPerson: &people.Person{Names: []*people.Name{{GivenName: "Amy"}}}},
		},
		ReadMask: "names,memberships",
	}).Do()
	if err != nil {
		t.Fatalf("BatchCreateContacts: %v", err)
	}
	var got []string
	for _, r := range resp.CreatedPeople {
		if r.Status == nil || r.Status.Code != 0 || r.RequestedResourceName != r.Person.ResourceName || r.HttpStatusCode != 200 {
			t.Errorf("response %+v", r)
		}
		got = append(got, r.Person.Names[0].DisplayName+" "+r.Person.Memberships[0].ContactGroupMembership.ContactGroupResourceName)
		if srv.Person(peoplefake.DefaultUser, r.Person.ResourceName) == nil {
			t.Errorf("%s not stored", r.Person.ResourceName)
		}
	}
	if diff := cmp.Diff([]string{"Zed contactGroups/myContacts", "Amy contactGroups/myContacts"}, got); diff != "" {
		t.Errorf("createdPeople in request order (-want +got):\n%s", diff)
	}
	// An empty readMask skips the read.
	resp, err = svc.People.BatchCreateContacts(&people.BatchCreateContactsRequest{Contacts: []*people.ContactToCreate{{ContactPerson: &people.Person{}}}}).Do()
	if err != nil || len(resp.CreatedPeople) != 0 {
		t.Errorf("without readMask: %+v, %v", resp, err)
	}
	if n := len(srv.People(peoplefake.DefaultUser)); n != 4 {
		t.Errorf("%d people stored, want 4", n)
	}

	// A failure stores nothing.
	_, err = svc.People.BatchCreateContacts(&people.BatchCreateContactsRequest{Contacts: []*people.ContactToCreate{
		{ContactPerson: &people.Person{}},
		{ContactPerson: &people.Person{Names: []*people.Name{{GivenName: "A"}, {GivenName: "B"}}}},
	}}).Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Cannot have more than one person.names per source."})
	if n := len(srv.People(peoplefake.DefaultUser)); n != 4 {
		t.Errorf("a failed batch changed the store: %d people", n)
	}
	// So does one failing after an earlier contact was made: the group check.
	_, err = svc.People.BatchCreateContacts(&people.BatchCreateContactsRequest{Contacts: []*people.ContactToCreate{
		{ContactPerson: &people.Person{}},
		{ContactPerson: &people.Person{Memberships: []*people.Membership{{ContactGroupMembership: &people.ContactGroupMembership{ContactGroupResourceName: "contactGroups/404"}}}}},
	}}).Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", `Contact group "contactGroups/404" does not exist.`})
	if n := len(srv.People(peoplefake.DefaultUser)); n != 4 {
		t.Errorf("a batch failing on its second contact changed the store: %d people", n)
	}
	if g := getGroup(t, svc, "contactGroups/myContacts"); g.MemberCount != 4 {
		t.Errorf("myContacts memberCount %d after a failed batch, want 4", g.MemberCount)
	}
}

func TestBatchDeleteContacts(t *testing.T) {
	srv, svc := newFake(t)
	names := createN(t, svc, 3)
	_, err := svc.People.BatchDeleteContacts(&people.BatchDeleteContactsRequest{ResourceNames: []string{names[0], "people/c404"}}).Do()
	wantError(t, err, apiError{404, "NOT_FOUND", "notFound", msgNotFound})
	if srv.Person(peoplefake.DefaultUser, names[0]) == nil {
		t.Error("a failed batch delete deleted a contact")
	}
	if _, err := svc.People.BatchDeleteContacts(&people.BatchDeleteContactsRequest{ResourceNames: names[:2]}).Do(); err != nil {
		t.Fatalf("BatchDeleteContacts: %v", err)
	}
	if srv.Person(peoplefake.DefaultUser, names[0]) != nil || srv.Person(peoplefake.DefaultUser, names[1]) != nil || srv.Person(peoplefake.DefaultUser, names[2]) == nil {
		t.Error("wrong contacts deleted")
	}
	if g := getGroup(t, svc, "contactGroups/myContacts"); g.MemberCount != 2 {
		t.Errorf("myContacts memberCount %d after deleting two, want 2", g.MemberCount)
	}
}

func TestBatchLimits(t *testing.T) {
	srv, _ := newFake(t)
	list := func(n int, item string) string {
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf(item, i)
		}
		return "[" + strings.Join(s, ",") + "]"
	}
	tests := []struct {
		name, target, body string
		want               apiError
	}{
		{"create: none", "/v1/people:batchCreateContacts", `{"contacts":[]}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."}},
		{"create: 201", "/v1/people:batchCreateContacts", `{"contacts":` + list(201, `{"contactPerson":{"nicknames":[{"value":"n%d"}]}}`) + `}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Too many values for contacts: at most 200 are allowed."}},
		{"create: 200", "/v1/people:batchCreateContacts", `{"contacts":` + list(200, `{"contactPerson":{"nicknames":[{"value":"n%d"}]}}`) + `}`, apiError{}},
		{"create: bad readMask", "/v1/people:batchCreateContacts", `{"contacts":[{}],"readMask":"nope"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid readMask mask path: "nope".` + docs + "people/batchCreateContacts."}},
		{"create: bad person", "/v1/people:batchCreateContacts", `{"contacts":[{},{"contactPerson":{"names":7}}]}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid value at 'contacts[1].contact_person.names' (type.googleapis.com/google.people.v1.Name), 7"}},
		{"create: bad readMask before bad person", "/v1/people:batchCreateContacts", `{"contacts":[{"contactPerson":{"names":7}}],"readMask":"nope"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid readMask mask path: "nope".` + docs + "people/batchCreateContacts."}},
		{"create: unknown wrapper field", "/v1/people:batchCreateContacts", `{"contacts":[{"person":{}}]}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "person" at 'contacts[0]': Cannot find field.`}},
		{"delete: none", "/v1/people:batchDeleteContacts", `{}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."}},
		{"delete: 501", "/v1/people:batchDeleteContacts", `{"resourceNames":` + list(501, `"people/c%d"`) + `}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Too many values for resourceNames: at most 500 are allowed."}},
		{"delete: 500 missing", "/v1/people:batchDeleteContacts", `{"resourceNames":` + list(500, `"people/c%d"`) + `}`,
			apiError{404, "NOT_FOUND", "notFound", msgNotFound}},
		{"delete: bad name", "/v1/people:batchDeleteContacts", `{"resourceNames":["contactGroups/x"]}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Resource name "contactGroups/x" is not a valid contact person resource.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := do(t, srv, "POST", tt.target, tt.body)
			if tt.want.Code == 0 {
				if got.code != http.StatusOK {
					t.Fatalf("HTTP %d: %s", got.code, got.body)
				}
				return
			}
			e, _ := parseEnvelope(t, got.body)
			if diff := cmp.Diff(tt.want, e); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
