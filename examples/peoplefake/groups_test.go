// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// groupLine is what the list tests compare of a group.
type groupLine struct {
	ResourceName, GroupType, Name, FormattedName string
	MemberCount                                  int64
}

func lines(gs []*people.ContactGroup) []groupLine {
	var out []groupLine
	for _, g := range gs {
		out = append(out, groupLine{g.ResourceName, g.GroupType, g.Name, g.FormattedName, g.MemberCount})
	}
	return out
}

// systemLines are the system groups of a fake seeded with the sample contact.
var systemLines = []groupLine{
	{"contactGroups/myContacts", "SYSTEM_CONTACT_GROUP", "myContacts", "My Contacts", 1},
	{"contactGroups/starred", "SYSTEM_CONTACT_GROUP", "starred", "Starred", 0},
	{"contactGroups/friends", "SYSTEM_CONTACT_GROUP", "friends", "Friends", 0},
	{"contactGroups/family", "SYSTEM_CONTACT_GROUP", "family", "Family", 0},
	{"contactGroups/coworkers", "SYSTEM_CONTACT_GROUP", "coworkers", "Coworkers", 0},
	{"contactGroups/chatBuddies", "SYSTEM_CONTACT_GROUP", "chatBuddies", "Chat contacts", 0},
	{"contactGroups/all", "SYSTEM_CONTACT_GROUP", "all", "All Contacts", 0},
	{"contactGroups/blocked", "SYSTEM_CONTACT_GROUP", "blocked", "Blocked", 0},
}

// createGroup makes a user group through the client.
func createGroup(t testing.TB, svc *people.Service, name string) *people.ContactGroup {
	t.Helper()
	g, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: name}}).Do()
	if err != nil {
		t.Fatalf("ContactGroups.Create(%q): %v", name, err)
	}
	return g
}

// getGroup reads a group with its members.
func getGroup(t testing.TB, svc *people.Service, name string) *people.ContactGroup {
	t.Helper()
	g, err := svc.ContactGroups.Get(name).MaxMembers(1000).Do()
	if err != nil {
		t.Fatalf("ContactGroups.Get(%s): %v", name, err)
	}
	return g
}

// groupsOfContact returns the groups of a stored contact, sorted.
func groupsOfContact(t testing.TB, srv *peoplefake.Server, name string) []string {
	t.Helper()
	p := srv.Person(peoplefake.DefaultUser, name)
	if p == nil {
		t.Fatalf("no person %s", name)
	}
	var out []string
	for _, m := range p.GetMemberships() {
		out = append(out, m.GetContactGroupMembership().GetContactGroupResourceName())
	}
	slices.Sort(out)
	return out
}

func TestListGroups(t *testing.T) {
	_, svc := newFake(t)
	resp, err := svc.ContactGroups.List().Do()
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if diff := cmp.Diff(systemLines, lines(resp.ContactGroups)); diff != "" {
		t.Errorf("groups mismatch (-want +got):\n%s", diff)
	}
	if resp.TotalItems != 8 || resp.NextPageToken != "" || resp.NextSyncToken == "" {
		t.Errorf("totalItems %d, nextPageToken %q, nextSyncToken %q: want 8, none, one", resp.TotalItems, resp.NextPageToken, resp.NextSyncToken)
	}

	// User groups come first; pages follow each other.
	b := createGroup(t, svc, "B")
	a := createGroup(t, svc, "A")
	var got []*people.ContactGroup
	tok := ""
	for range 10 {
		page, err := svc.ContactGroups.List().PageSize(3).PageToken(tok).GroupFields("name").Do()
		if err != nil {
			t.Fatalf("List page: %v", err)
		}
		got = append(got, page.ContactGroups...)
		if tok = page.NextPageToken; tok == "" {
			break
		}
	}
	first := []string{a.ResourceName, b.ResourceName}
	slices.Sort(first)
	var wantNames []string
	wantNames = append(wantNames, first...)
	for _, l := range systemLines {
		wantNames = append(wantNames, l.ResourceName)
	}
	var gotNames []string
	for _, g := range got {
		gotNames = append(gotNames, g.ResourceName)
		if g.GroupType != "" || g.MemberCount != 0 || g.Metadata != nil || g.Name == "" || g.Etag == "" {
			t.Errorf("groupFields=name: %+v", g)
		}
	}
	if diff := cmp.Diff(wantNames, gotNames); diff != "" {
		t.Errorf("paged groups mismatch (-want +got):\n%s", diff)
	}

	tests := []struct {
		name string
		call *people.ContactGroupsListCall
		want apiError
	}{
		{"sync token", svc.ContactGroups.List().SyncToken("abc"),
			apiError{400, "FAILED_PRECONDITION", "failedPrecondition", "Sync token is expired. Clear local cache and retry call without the sync token."}},
		{"bad page token", svc.ContactGroups.List().PageToken("AAAA"),
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."}},
		{"page token of other parameters", svc.ContactGroups.List().PageSize(2).PageToken(firstToken(t, svc)),
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."}},
		{"bad group field", svc.ContactGroups.List().GroupFields("name,members"),
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid groupFields mask path: "members". Valid paths are documented at https://developers.google.com/people/api/rest/v1/contactGroups/list.`}},
		{"negative page size", svc.ContactGroups.List().PageSize(-1),
			apiError{400, "INVALID_ARGUMENT", "badRequest", "pageSize must not be negative."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.call.Do()
			wantError(t, err, tt.want)
		})
	}
}

// firstToken returns the page token of a first page of one group.
func firstToken(t *testing.T, svc *people.Service) string {
	t.Helper()
	page, err := svc.ContactGroups.List().PageSize(1).Do()
	if err != nil || page.NextPageToken == "" {
		t.Fatalf("List: %v, token %q", err, page.NextPageToken)
	}
	return page.NextPageToken
}

func TestGroupLifecycle(t *testing.T) {
	srv, svc := newFake(t)
	g, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{
		ContactGroup:    &people.ContactGroup{Name: "Climbing", ClientData: []*people.GroupClientData{{Key: "k", Value: "v"}}},
		ReadGroupFields: "name,clientData,groupType,metadata",
	}).Do()
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if g.GroupType != "USER_CONTACT_GROUP" || g.Name != "Climbing" || g.FormattedName != "Climbing" || g.Etag == "" ||
		g.Metadata == nil || g.Metadata.UpdateTime == "" || len(g.ClientData) != 1 || len(g.ResourceName) != len("contactGroups/")+16 {
		t.Fatalf("created group %+v", g)
	}

	// Joining through updateContact moves the contact's etag and the group's
	// member count and etag.
	p, err := svc.People.Get(sampleName).PersonFields("memberships").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	p.Memberships = append(p.Memberships, &people.Membership{ContactGroupMembership: &people.ContactGroupMembership{ContactGroupResourceName: g.ResourceName}})
	up, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("memberships").PersonFields("memberships").Do()
	if err != nil {
		t.Fatalf("UpdateContact: %v", err)
	}
	if up.Etag == p.Etag {
		t.Error("joining a group did not move the contact's etag")
	}
	got := getGroup(t, svc, g.ResourceName)
	if got.MemberCount != 1 || !slices.Equal(got.MemberResourceNames, []string{sampleName}) || got.Etag == g.Etag {
		t.Errorf("after joining: count %d, members %v, etag %q (was %q)", got.MemberCount, got.MemberResourceNames, got.Etag, g.Etag)
	}
	// Without maxMembers, no members.
	if plain, err := svc.ContactGroups.Get(g.ResourceName).Do(); err != nil || len(plain.MemberResourceNames) != 0 || plain.MemberCount != 1 || len(plain.ClientData) != 0 {
		t.Errorf("Get without maxMembers: %+v, %v", plain, err)
	}

	// Rename: the etag is required and checked.
	upd := func(etag, name string) (*people.ContactGroup, error) {
		return svc.ContactGroups.Update(g.ResourceName, &people.UpdateContactGroupRequest{
			ContactGroup: &people.ContactGroup{Etag: etag, Name: name}, ReadGroupFields: "name,memberCount",
		}).Do()
	}
	renamed, err := upd(got.Etag, "Bouldering")
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if renamed.Name != "Bouldering" || renamed.MemberCount != 1 || renamed.Etag == got.Etag {
		t.Errorf("renamed: %+v", renamed)
	}
	_, err = upd(got.Etag, "Again")
	wantError(t, err, apiError{400, "FAILED_PRECONDITION", "failedPrecondition",
		"Request contact_group.etag is different than the current contact_group.etag. Clear local cache and get the latest contact group."})
	_, err = upd("", "Again")
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Request must set contact_group.etag."})
	createGroup(t, svc, "Other")
	_, err = upd(renamed.Etag, "Other")
	wantError(t, err, apiError{409, "ALREADY_EXISTS", "alreadyExists", `A contact group named "Other" already exists.`})
	_, err = svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: "Bouldering"}}).Do()
	wantError(t, err, apiError{409, "ALREADY_EXISTS", "alreadyExists", `A contact group named "Bouldering" already exists.`})

	// clientData only, by updateGroupFields.
	cd, err := svc.ContactGroups.Update(g.ResourceName, &people.UpdateContactGroupRequest{
		ContactGroup:      &people.ContactGroup{Etag: renamed.Etag, Name: "ignored", ClientData: []*people.GroupClientData{{Key: "a", Value: "b"}}},
		UpdateGroupFields: "clientData", ReadGroupFields: "name,clientData",
	}).Do()
	if err != nil || cd.Name != "Bouldering" || len(cd.ClientData) != 1 || cd.ClientData[0].Key != "a" {
		t.Errorf("clientData update: %+v, %v", cd, err)
	}

	// Delete: the members leave the group, their etags move.
	before := srv.Person(peoplefake.DefaultUser, sampleName).ContactSource().GetEtag()
	if _, err := svc.ContactGroups.Delete(g.ResourceName).Do(); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if diff := cmp.Diff([]string{"contactGroups/myContacts"}, groupsOfContact(t, srv, sampleName)); diff != "" {
		t.Errorf("memberships after delete (-want +got):\n%s", diff)
	}
	if after := srv.Person(peoplefake.DefaultUser, sampleName).ContactSource().GetEtag(); after == before {
		t.Error("deleting a group did not move its member's source etag")
	}
	_, err = svc.ContactGroups.Get(g.ResourceName).Do()
	wantError(t, err, apiError{404, "NOT_FOUND", "notFound", msgNotFound})
}

func TestDeleteGroupWithContacts(t *testing.T) {
	srv, svc := newFake(t)
	g := createGroup(t, svc, "Gone")
	names := createN(t, svc, 3)
	if _, err := svc.ContactGroups.Members.Modify(g.ResourceName, &people.ModifyContactGroupMembersRequest{ResourceNamesToAdd: names[:2]}).Do(); err != nil {
		t.Fatalf("Modify: %v", err)
	}
	if _, err := svc.ContactGroups.Delete(g.ResourceName).DeleteContacts(true).Do(); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	for i, n := range names {
		if got, want := srv.Person(peoplefake.DefaultUser, n) != nil, i == 2; got != want {
			t.Errorf("%s stored: %t, want %t", n, got, want)
		}
	}
}

func TestGroupErrors(t *testing.T) {
	_, svc := newFake(t)
	user := createGroup(t, svc, "Mine")
	tests := []struct {
		name string
		call func() error
		want apiError
	}{
		{"create without name", func() error {
			_, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{}}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", "Contact group name must not be empty."}},
		{"create, memberCount not readable", func() error {
			_, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: "X"}, ReadGroupFields: "memberCount"}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid readGroupFields mask path: "memberCount". Valid paths are documented at https://developers.google.com/people/api/rest/v1/contactGroups/create.`}},
		{"create a system group's name", func() error {
			_, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: "starred"}}).Do()
			return err
		}, apiError{409, "ALREADY_EXISTS", "alreadyExists", `A contact group named "starred" already exists.`}},
		{"get missing", func() error { _, err := svc.ContactGroups.Get("contactGroups/nope").Do(); return err },
			apiError{404, "NOT_FOUND", "notFound", msgNotFound}},
		{"get negative maxMembers", func() error { _, err := svc.ContactGroups.Get(user.ResourceName).MaxMembers(-1).Do(); return err },
			apiError{400, "INVALID_ARGUMENT", "badRequest", "maxMembers must not be negative."}},
		{"rename system group", func() error {
			g := getGroup(t, svc, "contactGroups/starred")
			_, err := svc.ContactGroups.Update(g.ResourceName, &people.UpdateContactGroupRequest{ContactGroup: &people.ContactGroup{Etag: g.Etag, Name: "S"}}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", `Cannot rename the system contact group "contactGroups/starred".`}},
		{"update bad mask", func() error {
			_, err := svc.ContactGroups.Update(user.ResourceName, &people.UpdateContactGroupRequest{ContactGroup: &people.ContactGroup{Etag: user.Etag}, UpdateGroupFields: "groupType"}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid updateGroupFields mask path: "groupType". Valid paths are documented at https://developers.google.com/people/api/rest/v1/contactGroups/update.`}},
		{"update missing", func() error {
			_, err := svc.ContactGroups.Update("contactGroups/nope", &people.UpdateContactGroupRequest{ContactGroup: &people.ContactGroup{Etag: "x", Name: "N"}}).Do()
			return err
		}, apiError{404, "NOT_FOUND", "notFound", msgNotFound}},
		{"delete system group", func() error { _, err := svc.ContactGroups.Delete("contactGroups/myContacts").Do(); return err },
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Cannot delete the system contact group "contactGroups/myContacts".`}},
		{"delete missing", func() error { _, err := svc.ContactGroups.Delete("contactGroups/nope").Do(); return err },
			apiError{404, "NOT_FOUND", "notFound", msgNotFound}},
		{"add to a deprecated system group", func() error {
			_, err := svc.ContactGroups.Members.Modify("contactGroups/friends", &people.ModifyContactGroupMembersRequest{ResourceNamesToAdd: []string{sampleName}}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", `Cannot add a contact to the system contact group "contactGroups/friends".`}},
		{"modify missing group", func() error {
			_, err := svc.ContactGroups.Members.Modify("contactGroups/nope", &people.ModifyContactGroupMembersRequest{ResourceNamesToAdd: []string{sampleName}}).Do()
			return err
		}, apiError{404, "NOT_FOUND", "notFound", msgNotFound}},
		{"batchGet without names", func() error { _, err := svc.ContactGroups.BatchGet().Do(); return err },
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."}},
		{"batchGet over 200", func() error {
			_, err := svc.ContactGroups.BatchGet().ResourceNames(make([]string, 201)...).Do()
			return err
		},
			apiError{400, "INVALID_ARGUMENT", "badRequest", "Too many values for resourceNames: at most 200 are allowed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantError(t, tt.call(), tt.want) })
	}
}

func TestBatchGetGroups(t *testing.T) {
	_, svc := newFake(t)
	resp, err := svc.ContactGroups.BatchGet().ResourceNames("contactGroups/myContacts", "contactGroups/nope", "people/c1").MaxMembers(5).Do()
	if err != nil {
		t.Fatalf("BatchGet: %v", err)
	}
	type line struct {
		Requested, Name string
		Code            int64
		Message         string
		Members         []string
	}
	var got []line
	for _, r := range resp.Responses {
		l := line{Requested: r.RequestedResourceName, Code: r.Status.Code, Message: r.Status.Message}
		if r.ContactGroup != nil {
			l.Name, l.Members = r.ContactGroup.Name, r.ContactGroup.MemberResourceNames
		}
		got = append(got, l)
	}
	want := []line{
		{"contactGroups/myContacts", "myContacts", 0, "", []string{sampleName}},
		{"contactGroups/nope", "", 5, msgNotFound, nil},
		{"people/c1", "", 3, `Invalid contact group resource name "people/c1".`, nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("responses mismatch (-want +got):\n%s", diff)
	}
}

func TestGroupFieldDefaults(t *testing.T) {
	_, svc := newFake(t)
	created, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{
		Name: "D", ClientData: []*people.GroupClientData{{Key: "k"}},
	}}).Do()
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	// Every group has a member so that memberCount shows when read.
	if _, err := svc.ContactGroups.Members.Modify(created.ResourceName, &people.ModifyContactGroupMembersRequest{ResourceNamesToAdd: []string{sampleName}}).Do(); err != nil {
		t.Fatal(err)
	}
	got := getGroup(t, svc, created.ResourceName)
	updated, err := svc.ContactGroups.Update(created.ResourceName, &people.UpdateContactGroupRequest{ContactGroup: &people.ContactGroup{Etag: got.Etag, Name: "E"}}).Do()
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	list, err := svc.ContactGroups.List().Do()
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	type shown struct{ Metadata, GroupType, Name, MemberCount, ClientData, Members bool }
	show := func(g *people.ContactGroup) shown {
		return shown{g.Metadata != nil, g.GroupType != "", g.Name != "", g.MemberCount != 0, g.ClientData != nil, g.MemberResourceNames != nil}
	}
	tests := []struct {
		name string
		g    *people.ContactGroup
		want shown
	}{
		{"create", created, shown{Metadata: true, GroupType: true, Name: true}},
		{"get with maxMembers", got, shown{Metadata: true, GroupType: true, Name: true, MemberCount: true, Members: true}},
		{"update", updated, shown{Metadata: true, GroupType: true, Name: true}},
		{"list", list.ContactGroups[0], shown{Metadata: true, GroupType: true, Name: true, MemberCount: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, show(tt.g)); diff != "" {
				t.Errorf("fields shown (-want +got):\n%s", diff)
			}
		})
	}
}
