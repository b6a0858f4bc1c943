// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// TestDataDirResumesSync takes a connections and an otherContacts sync token,
// makes changes (a new, an updated and a deleted contact; a new and a deleted
// other contact), restarts the fake on the same data directory, and syncs
// from the tokens: every change made before the restart is there, the
// deletions as tombstones, and the other contacts survived.
func TestDataDirResumesSync(t *testing.T) {
	dir := t.TempDir()
	srv, svc := openDir(t, dir, peoplefake.WithPeople(peoplefake.Sample()),
		peoplefake.WithOtherContacts(otherContact("c1", "Olga", "olga@example.com", "+1 202 555 0101")))
	create := func(given string) *people.Person {
		t.Helper()
		p, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: given}}}).PersonFields("names").Do()
		if err != nil {
			t.Fatalf("CreateContact: %v", err)
		}
		return p
	}
	ada, bob := create("Ada"), create("Bob")
	_, tok := syncAll(t, svc, "", 100, "names")
	otherList, err := svc.OtherContacts.List().ReadMask("names").RequestSyncToken(true).Do()
	if err != nil {
		t.Fatalf("otherContacts.list: %v", err)
	}
	otok := otherList.NextSyncToken

	cyd := create("Cyd")
	ada.Names[0].GivenName = "Augusta"
	if _, err := svc.People.UpdateContact(ada.ResourceName, ada).UpdatePersonFields("names").Do(); err != nil {
		t.Fatalf("UpdateContact: %v", err)
	}
	if _, err := svc.People.DeleteContact(bob.ResourceName).Do(); err != nil {
		t.Fatalf("DeleteContact: %v", err)
	}
	if err := srv.PutOtherContact(peoplefake.DefaultUser, otherContact("c2", "Pia", "pia@example.com", "+1 202 555 0102")); err != nil {
		t.Fatalf("PutOtherContact: %v", err)
	}
	if !srv.DeleteOtherContact(peoplefake.DefaultUser, "otherContacts/c1") {
		t.Fatal("DeleteOtherContact: not found")
	}
	if err := srv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	srv2, svc2 := openDir(t, dir)
	defer srv2.Close()
	if !srv2.Resumed() {
		t.Fatal("Resumed() = false after a restart")
	}
	got, _ := syncAll(t, svc2, tok, 2, "names")
	want := []syncEntry{
		{Name: ada.ResourceName, Given: "Augusta"},
		{Name: bob.ResourceName, Deleted: true, Bare: true},
		{Name: cyd.ResourceName, Given: "Cyd"},
	}
	slices.SortFunc(want, func(a, b syncEntry) int { return strings.Compare(a.Name, b.Name) })
	if diff := cmp.Diff(want, entries(got)); diff != "" {
		t.Errorf("incremental sync after a restart (-want +got):\n%s", diff)
	}

	resp, err := svc2.OtherContacts.List().ReadMask("names").SyncToken(otok).Do()
	if err != nil {
		t.Fatalf("otherContacts.list sync after a restart: %v", err)
	}
	wantOthers := []syncEntry{
		{Name: "otherContacts/c1", Deleted: true, Bare: true},
		{Name: "otherContacts/c2", Given: "Pia"},
	}
	if diff := cmp.Diff(wantOthers, entries(resp.OtherContacts)); diff != "" {
		t.Errorf("otherContacts sync after a restart (-want +got):\n%s", diff)
	}
	var names []string
	for _, p := range srv2.Export(peoplefake.DefaultUser).OtherContacts {
		names = append(names, p.GetResourceName())
	}
	if diff := cmp.Diff([]string{"otherContacts/c2"}, names); diff != "" {
		t.Errorf("other contacts after a restart (-want +got):\n%s", diff)
	}
}

// TestDataDirResetIsDurable resets the user through the admin API's
// ResetUser, restarts, and finds the contacts gone and the sync token taken
// before the reset expired.
func TestDataDirResetIsDurable(t *testing.T) {
	dir := t.TempDir()
	srv, svc := openDir(t, dir, peoplefake.WithPeople(peoplefake.Sample()))
	_, tok := syncAll(t, svc, "", 100, "names")
	srv.ResetUser(peoplefake.DefaultUser)
	if err := srv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	srv2, svc2 := openDir(t, dir, peoplefake.WithPeople(peoplefake.Sample()))
	defer srv2.Close()
	if n := len(srv2.People(peoplefake.DefaultUser)); n != 0 {
		t.Errorf("after a reset and a restart: %d people, want 0", n)
	}
	_, err := svc2.People.Connections.List("people/me").PersonFields("names").SyncToken(tok).Do()
	if !isStale(err) {
		t.Errorf("sync token from before the reset: err %v, want the expired token error", err)
	}
}

// TestDataDirKeepsProfile seeds a profile and a directory into a new data
// directory and restarts: the profile comes from the data file (the seed
// file is not planted again), the directory from the options again.
func TestDataDirKeepsProfile(t *testing.T) {
	dir := t.TempDir()
	srv, _ := openDir(t, dir, peoplefake.WithSeedFile("testdata/caller.json"))
	if err := srv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	srv2, svc2 := openDir(t, dir)
	me, err := svc2.People.Get("people/me").PersonFields("names").Do()
	if err != nil {
		t.Fatalf("Get(people/me) after a restart: %v", err)
	}
	if me.ResourceName != aliceProfile {
		t.Errorf("people/me after a restart = %s, want %s", me.ResourceName, aliceProfile)
	}
	if err := srv2.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	srv3, svc3 := openDir(t, dir, peoplefake.WithSeedFile("testdata/caller.json"))
	defer srv3.Close()
	resp, err := svc3.People.ListDirectoryPeople().ReadMask("names").Sources("DIRECTORY_SOURCE_TYPE_DOMAIN_PROFILE", "DIRECTORY_SOURCE_TYPE_DOMAIN_CONTACT").Do()
	if err != nil {
		t.Fatalf("listDirectoryPeople after a restart: %v", err)
	}
	if len(resp.People) != 3 {
		t.Errorf("listDirectoryPeople after a restart: %d people, want the 3 of the options", len(resp.People))
	}
}
