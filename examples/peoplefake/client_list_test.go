// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"
)

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
