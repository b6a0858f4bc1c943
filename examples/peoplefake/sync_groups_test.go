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
)

func TestContactGroupsSync(t *testing.T) {
	_, svc := newFake(t)
	doomed, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: "Doomed"}}).Do()
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	var tok string
	for page := ""; ; {
		resp, err := svc.ContactGroups.List().PageSize(4).PageToken(page).Do()
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		if resp.NextPageToken == "" {
			tok = resp.NextSyncToken
			break
		}
		page = resp.NextPageToken
	}
	if tok == "" {
		t.Fatal("no sync token on the last page")
	}
	made, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: "Made"}}).Do()
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if _, err := svc.ContactGroups.Members.Modify("contactGroups/starred", &people.ModifyContactGroupMembersRequest{ResourceNamesToAdd: []string{sampleName}}).Do(); err != nil {
		t.Fatalf("Modify: %v", err)
	}
	if _, err := svc.ContactGroups.Delete(doomed.ResourceName).Do(); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	resp, err := svc.ContactGroups.List().SyncToken(tok).Do()
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	type entry struct {
		Name    string
		Deleted bool
	}
	var got []entry
	for _, g := range resp.ContactGroups {
		got = append(got, entry{g.ResourceName, g.Metadata != nil && g.Metadata.Deleted})
	}
	slices.SortFunc(got, func(a, b entry) int { return strings.Compare(a.Name, b.Name) })
	want := []entry{{made.ResourceName, false}, {doomed.ResourceName, true}, {"contactGroups/starred", false}}
	slices.SortFunc(want, func(a, b entry) int { return strings.Compare(a.Name, b.Name) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("group sync mismatch (-want +got):\n%s", diff)
	}
	if resp.NextSyncToken == "" {
		t.Error("group sync without nextSyncToken")
	}
	again, err := svc.ContactGroups.List().SyncToken(resp.NextSyncToken).Do()
	if err != nil || len(again.ContactGroups) != 0 {
		t.Errorf("second group sync: %v, %d groups", err, len(again.ContactGroups))
	}
}

// TestEveryWriteEntersTheLog runs each kind of write between a full and an
// incremental sync and checks the sync gives the people it changed.
