// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
	"github.com/peopleupdate/peopleupdate/person"
)

func TestModifyMembers(t *testing.T) {
	srv, svc := newFake(t)
	g := createGroup(t, svc, "Team")
	names := createN(t, svc, 3)
	etagOf := func(n string) string { return srv.Person(peoplefake.DefaultUser, n).ContactSource().GetEtag() }
	before := etagOf(names[0])
	untouched := etagOf(names[2])

	resp, err := svc.ContactGroups.Members.Modify(g.ResourceName, &people.ModifyContactGroupMembersRequest{
		ResourceNamesToAdd: []string{names[0], names[1], "people/c404", names[0]},
	}).Do()
	if err != nil {
		t.Fatalf("Modify add: %v", err)
	}
	if diff := cmp.Diff([]string{"people/c404"}, resp.NotFoundResourceNames); diff != "" {
		t.Errorf("notFoundResourceNames (-want +got):\n%s", diff)
	}
	got := getGroup(t, svc, g.ResourceName)
	if got.MemberCount != 2 || len(got.MemberResourceNames) != 2 {
		t.Errorf("after add: count %d, members %v", got.MemberCount, got.MemberResourceNames)
	}
	if etagOf(names[0]) == before {
		t.Error("joining by members.modify did not move the contact's etag")
	}
	if etagOf(names[2]) != untouched {
		t.Error("members.modify moved the etag of a contact it did not change")
	}
	if diff := cmp.Diff(sorted("contactGroups/myContacts", g.ResourceName), groupsOfContact(t, srv, names[0])); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	// The contact's update time moved too, and its etag is good for updates.
	p, err := svc.People.Get(names[0]).PersonFields("names,memberships,metadata").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if p.Metadata.Sources[0].UpdateTime == "" {
		t.Error("no updateTime")
	}
	p.Names[0].GivenName = "Renamed"
	if _, err := svc.People.UpdateContact(names[0], p).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("UpdateContact after members.modify: %v", err)
	}

	// Removing from myContacts: allowed while the contact is in Team, refused
	// for the one whose last group it is.
	resp, err = svc.ContactGroups.Members.Modify("contactGroups/myContacts", &people.ModifyContactGroupMembersRequest{
		ResourceNamesToRemove: []string{names[0], names[2]},
	}).Do()
	if err != nil {
		t.Fatalf("Modify remove: %v", err)
	}
	if diff := cmp.Diff([]string{names[2]}, resp.CanNotRemoveLastContactGroupResourceNames); diff != "" {
		t.Errorf("canNotRemoveLastContactGroupResourceNames (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{g.ResourceName}, groupsOfContact(t, srv, names[0])); diff != "" {
		t.Errorf("memberships after remove (-want +got):\n%s", diff)
	}
	mc := getGroup(t, svc, "contactGroups/myContacts")
	if mc.MemberCount != 3 { // the sample, names[1], names[2]
		t.Errorf("myContacts memberCount %d, want 3", mc.MemberCount)
	}
	// Now Team is names[0]'s last group.
	resp, err = svc.ContactGroups.Members.Modify(g.ResourceName, &people.ModifyContactGroupMembersRequest{
		ResourceNamesToRemove: []string{names[0], names[1]},
	}).Do()
	if err != nil {
		t.Fatalf("Modify remove: %v", err)
	}
	if diff := cmp.Diff([]string{names[0]}, resp.CanNotRemoveLastContactGroupResourceNames); diff != "" {
		t.Errorf("canNotRemoveLastContactGroupResourceNames (-want +got):\n%s", diff)
	}
	if got := getGroup(t, svc, g.ResourceName); got.MemberCount != 1 {
		t.Errorf("Team memberCount %d, want 1", got.MemberCount)
	}
	// Starred accepts members; deprecated system groups give them up.
	if _, err := svc.ContactGroups.Members.Modify("contactGroups/starred", &people.ModifyContactGroupMembersRequest{ResourceNamesToAdd: names}).Do(); err != nil {
		t.Errorf("add to starred: %v", err)
	}
	if _, err := svc.ContactGroups.Members.Modify("contactGroups/family", &people.ModifyContactGroupMembersRequest{ResourceNamesToRemove: names}).Do(); err != nil {
		t.Errorf("remove from family: %v", err)
	}
}

// sorted returns its arguments sorted.
func sorted(s ...string) []string {
	slices.Sort(s)
	return s
}

func TestMembershipsOfMissingGroups(t *testing.T) {
	_, svc := newFake(t)
	g := createGroup(t, svc, "Real")
	missing := func() []*people.Membership {
		return []*people.Membership{{ContactGroupMembership: &people.ContactGroupMembership{ContactGroupResourceName: "contactGroups/0123456789abcdef"}}}
	}
	want := apiError{400, "INVALID_ARGUMENT", "badRequest", `Contact group "contactGroups/0123456789abcdef" does not exist.`}
	tests := []struct {
		name string
		call func() error
	}{
		{"createContact", func() error {
			_, err := svc.People.CreateContact(&people.Person{Memberships: missing()}).Do()
			return err
		}},
		{"updateContact", func() error {
			p, err := svc.People.Get(sampleName).PersonFields("memberships").Do()
			if err != nil {
				return err
			}
			p.Memberships = append(p.Memberships, missing()...)
			_, err = svc.People.UpdateContact(sampleName, p).UpdatePersonFields("memberships").Do()
			return err
		}},
		{"batchUpdateContacts", func() error {
			p, err := svc.People.Get(sampleName).PersonFields("memberships").Do()
			if err != nil {
				return err
			}
			p.Memberships = missing()
			_, err = svc.People.BatchUpdateContacts(&people.BatchUpdateContactsRequest{
				Contacts: map[string]people.Person{sampleName: *p}, UpdateMask: "memberships", ReadMask: "names",
			}).Do()
			return err
		}},
		{"batchCreateContacts", func() error {
			_, err := svc.People.BatchCreateContacts(&people.BatchCreateContactsRequest{
				Contacts: []*people.ContactToCreate{{ContactPerson: &people.Person{}}, {ContactPerson: &people.Person{Memberships: missing()}}},
			}).Do()
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantError(t, tt.call(), want) })
	}
	// An existing group is accepted, and counted.
	p, err := svc.People.CreateContact(&people.Person{Memberships: []*people.Membership{{ContactGroupMembership: &people.ContactGroupMembership{ContactGroupResourceName: g.ResourceName}}}}).Do()
	if err != nil {
		t.Fatalf("CreateContact in %s: %v", g.ResourceName, err)
	}
	if got := getGroup(t, svc, g.ResourceName); got.MemberCount != 1 || got.MemberResourceNames[0] != p.ResourceName {
		t.Errorf("group after create: %+v", got)
	}
}

func TestGroupBadBodies(t *testing.T) {
	srv, svc := newFake(t)
	g := createGroup(t, svc, "G")
	many := func(n int) string {
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("%q", fmt.Sprintf("people/c%d", i))
		}
		return "[" + strings.Join(s, ",") + "]"
	}
	tests := []struct {
		name, method, target, body string
		want                       apiError
	}{
		{"create: not JSON", "POST", "/v1/contactGroups", "{", apiError{400, "INVALID_ARGUMENT", "badRequest", ""}},
		{"create: unknown field", "POST", "/v1/contactGroups", `{"group":{}}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "group": Cannot find field.`}},
		{"create: unknown group field", "POST", "/v1/contactGroups", `{"contactGroup":{"name":"x","title":"y"}}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "title" at 'contact_group': Cannot find field.`}},
		{"create: name not a string", "POST", "/v1/contactGroups", `{"contactGroup":{"name":7}}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'contact_group.name' (TYPE_STRING), 7`}},
		{"create: group not an object", "POST", "/v1/contactGroups", `{"contactGroup":[]}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'contact_group' (TYPE_MESSAGE), []`}},
		{"create: snake case", "POST", "/v1/contactGroups", `{"contact_group":{"name":"Snake","client_data":[{"key":"a"}]},"read_group_fields":"name"}`, apiError{}},
		{"modify: over 1000", "POST", "/v1/" + g.ResourceName + "/members:modify", `{"resourceNamesToAdd":` + many(600) + `,"resourceNamesToRemove":` + many(401) + `}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Too many values for resourceNamesToAdd and resourceNamesToRemove: at most 1000 are allowed."}},
		{"modify: 1000", "POST", "/v1/" + g.ResourceName + "/members:modify", `{"resourceNamesToAdd":` + many(600) + `,"resourceNamesToRemove":` + many(400) + `}`, apiError{}},
		{"modify: not a list", "POST", "/v1/" + g.ResourceName + "/members:modify", `{"resourceNamesToAdd":"people/c1"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'resource_names_to_add' (TYPE_STRING), "people/c1"`}},
		{"modify: wrong verb", "GET", "/v1/" + g.ResourceName + "/members:modify", "",
			apiError{405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "The GET method is not allowed for this resource."}},
		{"group: PATCH", "PATCH", "/v1/" + g.ResourceName, "{}",
			apiError{405, "METHOD_NOT_ALLOWED", "methodNotAllowed", "The PATCH method is not allowed for this resource."}},
		{"list: unknown parameter", "GET", "/v1/contactGroups?maxMembers=3", "",
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "maxMembers": Cannot bind query parameter. Field 'maxMembers' could not be found in request message.`}},
		{"delete: bad bool", "DELETE", "/v1/" + g.ResourceName + "?deleteContacts=maybe", "",
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'delete_contacts' (TYPE_BOOL), "maybe"`}},
		{"get: maxMembers not a number", "GET", "/v1/" + g.ResourceName + "?maxMembers=x", "",
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid value at 'max_members' (TYPE_INT32), "x"`}},
		{"nested group path", "GET", "/v1/contactGroups/a/b", "",
			apiError{404, "NOT_FOUND", "notFound", "The requested URL /v1/contactGroups/a/b was not found on this server."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := do(t, srv, tt.method, tt.target, tt.body)
			if tt.name == "group: PATCH" && got.hdr.Get("Allow") != "GET, PUT, DELETE" {
				t.Errorf("Allow: %q, want GET, PUT, DELETE", got.hdr.Get("Allow"))
			}
			if tt.want.Code == 0 {
				if got.code != http.StatusOK {
					t.Fatalf("HTTP %d: %s", got.code, got.body)
				}
				return
			}
			e, _ := parseEnvelope(t, got.body)
			if tt.want.Message == "" {
				e.Message = ""
			}
			if diff := cmp.Diff(tt.want, e); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSeededGroups(t *testing.T) {
	seed := peoplefake.Sample()
	seed.Memberships = append(seed.Memberships, &person.Membership{
		ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/5eed"},
	})
	srv := peoplefake.New(peoplefake.WithPeople(seed))
	svc, err := fakeclient.Service(context.Background(), srv)
	if err != nil {
		t.Fatal(err)
	}
	g := getGroup(t, svc, "contactGroups/5eed")
	want := groupLine{"contactGroups/5eed", "USER_CONTACT_GROUP", "5eed", "5eed", 1}
	if diff := cmp.Diff(want, lines([]*people.ContactGroup{g})[0]); diff != "" || g.MemberResourceNames[0] != sampleName {
		t.Errorf("seeded group mismatch (-want +got):\n%s", diff)
	}
}
