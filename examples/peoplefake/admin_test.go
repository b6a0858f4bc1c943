// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// TestAdminExportResetLoad round-trips the state: export → reset → load
// gives the same people, profile, directory, contact groups and other
// contacts; the reset expires the sync tokens made before it.
func TestAdminExportResetLoad(t *testing.T) {
	srv, svc := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"),
		peoplefake.WithOtherContacts(otherContact("o1", "Ada", "ada@example.com", "+1 415-555-0100")))
	grace, err := svc.People.CreateContact(peoplePerson("Grace", "Hopper")).Do()
	if err != nil {
		t.Fatal(err)
	}
	group, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{
		Name: "Navy", ClientData: []*people.GroupClientData{{Key: "k", Value: "v"}}}}).Do()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.ContactGroups.Members.Modify(group.ResourceName, &people.ModifyContactGroupMembersRequest{
		ResourceNamesToAdd: []string{grace.ResourceName}}).Do(); err != nil {
		t.Fatal(err)
	}
	// Sync tokens differ after the round trip (the change log starts again):
	// the lists are compared without them.
	const groups = "/v1/contactGroups?groupFields=name,clientData,memberCount,metadata,groupType&prettyPrint=false&fields=contactGroups,totalItems"
	const others = "/v1/otherContacts?readMask=names,emailAddresses,phoneNumbers&prettyPrint=false&fields=otherContacts,totalSize"
	wantGroups, wantOthers := do(t, srv, "GET", groups, "").body, do(t, srv, "GET", others, "").body
	if !strings.Contains(string(wantOthers), "otherContacts/o1") {
		t.Fatalf("other contacts before the round trip: %s", wantOthers)
	}
	tok, err := svc.People.Connections.List("people/me").PersonFields("names").RequestSyncToken(true).Do()
	if err != nil {
		t.Fatal(err)
	}
	wantPeople, wantProfile := srv.People(peoplefake.DefaultUser), srv.Profile(peoplefake.DefaultUser)
	exp := do(t, srv, "GET", "/peoplefake/admin/export", "")
	if exp.code != 200 {
		t.Fatalf("export: HTTP %d %s", exp.code, exp.body)
	}
	if got := do(t, srv, "POST", "/peoplefake/admin/reset", ""); got.code != 200 || string(got.body) != "{}\n" {
		t.Fatalf("reset: HTTP %d %s", got.code, got.body)
	}
	if n := len(srv.People(peoplefake.DefaultUser)); n != 0 {
		t.Fatalf("%d people after reset, want 0", n)
	}
	if got := do(t, srv, "POST", "/peoplefake/admin/load", string(exp.body)); got.code != 200 {
		t.Fatalf("load: HTTP %d %s", got.code, got.body)
	}
	if diff := cmp.Diff(wantPeople, srv.People(peoplefake.DefaultUser), protocmp.Transform()); diff != "" {
		t.Errorf("people after the round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantProfile, srv.Profile(peoplefake.DefaultUser), protocmp.Transform()); diff != "" {
		t.Errorf("profile after the round trip (-want +got):\n%s", diff)
	}
	if got := do(t, srv, "GET", groups, "").body; string(got) != string(wantGroups) {
		t.Errorf("groups after the round trip:\n%s\nwant\n%s", got, wantGroups)
	}
	if got := do(t, srv, "GET", others, "").body; string(got) != string(wantOthers) {
		t.Errorf("other contacts after the round trip:\n%s\nwant\n%s", got, wantOthers)
	}
	_, err = svc.People.Connections.List("people/me").PersonFields("names").SyncToken(tok.NextSyncToken).Do()
	wantError(t, err, apiError{400, "FAILED_PRECONDITION", "failedPrecondition", "Sync token is expired. Clear local cache and retry call without the sync token."})
	if again := do(t, srv, "GET", "/peoplefake/admin/export", ""); string(again.body) != string(exp.body) {
		t.Errorf("second export differs:\n%s\nfirst:\n%s", again.body, exp.body)
	}
}

// TestAdminResetUser forgets one user only.
func TestAdminResetUser(t *testing.T) {
	srv := peoplefake.New(peoplefake.WithUserPeople("a", peoplefake.Sample()), peoplefake.WithUserPeople("b", peoplefake.Sample()))
	if got := do(t, srv, "POST", "/peoplefake/admin/reset?user=a", ""); got.code != 200 {
		t.Fatalf("HTTP %d %s", got.code, got.body)
	}
	if na, nb := len(srv.People("a")), len(srv.People("b")); na != 0 || nb != 1 {
		t.Errorf("people of a, b: %d, %d; want 0, 1", na, nb)
	}
}

// TestAdminInject injects an error through the admin API.
func TestAdminInject(t *testing.T) {
	srv, svc := newFake(t)
	body := `{"method": "people.createContact", "status": "UNAVAILABLE", "count": 1}`
	if got := do(t, srv, "POST", "/peoplefake/admin/inject", body); got.code != 200 {
		t.Fatalf("HTTP %d %s", got.code, got.body)
	}
	_, err := svc.People.CreateContact(peoplePerson("A", "B")).Do()
	wantError(t, err, apiError{503, "UNAVAILABLE", "backendError", "The service is currently unavailable."})
	if _, err := svc.People.CreateContact(peoplePerson("A", "B")).Do(); err != nil {
		t.Errorf("second call: %v", err)
	}
	for _, bad := range []string{`{"method": "people.nope", "status": "UNAVAILABLE"}`, `{"method": "people.get", "status": "SLOW"}`, `{"methd": "x"}`, `[`} {
		got := do(t, srv, "POST", "/peoplefake/admin/inject", bad)
		if e, _ := parseEnvelope(t, got.body); e.Code != 400 {
			t.Errorf("%s: %+v, want 400", bad, e)
		}
	}
}

// TestAdminClock sets and advances the clock, which new contacts' updateTime
// reads.
func TestAdminClock(t *testing.T) {
	srv, _ := newFake(t)
	got := do(t, srv, "POST", "/peoplefake/admin/clock", `{"now": "2030-01-02T03:04:05Z", "advance": "1h"}`)
	if got.code != 200 || !strings.Contains(string(got.body), `"now": "2030-01-02T04:04:05Z"`) {
		t.Fatalf("HTTP %d %s", got.code, got.body)
	}
	p, err := srv.Create(peoplefake.DefaultUser, samplePerson(t))
	if err != nil {
		t.Fatal(err)
	}
	if ut := p.ContactSource().GetUpdateTime().AsTime(); !ut.Equal(time.Date(2030, 1, 2, 4, 4, 5, 0, time.UTC)) {
		t.Errorf("updateTime %v, want the admin clock's", ut)
	}
	for _, bad := range []string{`{}`, `{"now": "yesterday"}`, `{"advance": "soon"}`} {
		if got := do(t, srv, "POST", "/peoplefake/admin/clock", bad); got.code != 400 {
			t.Errorf("%s: HTTP %d, want 400", bad, got.code)
		}
	}
}

// TestAdminRequests lists the requests received, credentials redacted, and
// forgets them on DELETE.
func TestAdminRequests(t *testing.T) {
	srv := peoplefake.New(peoplefake.WithToken("secret", "u"), peoplefake.WithRequestLog(2))
	do(t, srv, "GET", "/v1/people/nope?personFields=names&access_token=secret", "")
	do(t, srv, "GET", "/v1/people/me?personFields=names&access_token=secret", "")
	do(t, srv, "GET", "/v1/nowhere?key=k1", "")
	got := do(t, srv, "GET", "/peoplefake/admin/requests", "")
	var list struct {
		Requests []peoplefake.LoggedRequest `json:"requests"`
	}
	if err := json.Unmarshal(got.body, &list); err != nil {
		t.Fatalf("%v: %s", err, got.body)
	}
	type row struct {
		Method, Path, Query string
		Status              int
	}
	var rows []row
	for _, r := range list.Requests {
		rows = append(rows, row{r.Method, r.Path, r.Query, r.Status})
	}
	want := []row{
		{"GET", "/v1/people/me", "personFields=names&access_token=REDACTED", 200},
		{"GET", "/v1/nowhere", "key=REDACTED", 404},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
	if got := do(t, srv, "GET", "/peoplefake/admin/requests?fields=requests/status", ""); string(got.body) != "{\n  \"requests\": [\n    {\n      \"status\": 200\n    },\n    {\n      \"status\": 404\n    }\n  ]\n}\n" {
		t.Errorf("requests?fields=requests/status:\n%s", got.body)
	}
	do(t, srv, "DELETE", "/peoplefake/admin/requests", "")
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("%d requests after DELETE, want 0", n)
	}
}

// TestAdminRouting answers unknown admin paths and verbs, and nothing at all
// when the admin API is off.
func TestAdminRouting(t *testing.T) {
	srv := peoplefake.New()
	if got := do(t, srv, "GET", "/peoplefake/admin/nope", ""); got.code != 404 {
		t.Errorf("unknown path: HTTP %d", got.code)
	}
	if got := do(t, srv, "GET", "/peoplefake/admin/reset", ""); got.code != 405 || got.hdr.Get("Allow") != "POST" {
		t.Errorf("GET reset: HTTP %d, Allow %q", got.code, got.hdr.Get("Allow"))
	}
	off := peoplefake.New(peoplefake.WithoutAdmin())
	if got := do(t, off, "POST", "/peoplefake/admin/reset", ""); got.code != 404 {
		t.Errorf("admin off: HTTP %d, want 404", got.code)
	}
}

// peoplePerson is a new contact of the official client's type.
func peoplePerson(given, family string) *people.Person {
	return &people.Person{Names: []*people.Name{{GivenName: given, FamilyName: family}}}
}

// samplePerson is a createContact body of the library's type.
func samplePerson(t *testing.T) *person.Person {
	t.Helper()
	p, err := person.Unmarshal([]byte(`{"names": [{"givenName": "Ada"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSeedGroupsErrors rejects contact groups a seed cannot hold.
func TestSeedGroupsErrors(t *testing.T) {
	for _, doc := range []string{
		`{"contactGroups": [{"resourceName": "groups/x", "name": "X"}]}`,
		`{"contactGroups": [{"resourceName": "contactGroups/x", "name": "X", "updateTime": "noon"}]}`,
		`{"contactGroups": {"resourceName": "contactGroups/x"}}`,
	} {
		if _, err := peoplefake.ParseSeed([]byte(doc)); err == nil {
			t.Errorf("ParseSeed(%s) took it", doc)
		}
	}
	srv := peoplefake.New()
	for _, doc := range []string{
		`{"contactGroups": [{"resourceName": "contactGroups/x"}]}`,
		`{"contactGroups": [{"resourceName": "contactGroups/x", "name": "Friends"}, {"resourceName": "contactGroups/y", "name": "Friends"}]}`,
	} {
		if got := do(t, srv, "POST", "/peoplefake/admin/load", doc); got.code != 400 {
			t.Errorf("load %s: HTTP %d %s, want 400", doc, got.code, got.body)
		}
	}
}
