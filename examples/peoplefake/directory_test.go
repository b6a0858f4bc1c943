// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

const (
	srcProfile = "DIRECTORY_SOURCE_TYPE_DOMAIN_PROFILE"
	srcContact = "DIRECTORY_SOURCE_TYPE_DOMAIN_CONTACT"
)

// resourceNames returns the resource names of people.
func resourceNames(ps []*people.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ResourceName)
	}
	return out
}

// TestListDirectoryPaging pages through the directory, by source.
func TestListDirectoryPaging(t *testing.T) {
	_, svc := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	tests := []struct {
		sources []string
		want    []string
	}{
		{[]string{srcProfile}, []string{"people/201", "people/202"}},
		{[]string{srcContact}, []string{"people/203"}},
		{[]string{srcProfile, srcContact}, []string{"people/201", "people/202", "people/203"}},
	}
	for _, tt := range tests {
		var got []string
		call := svc.People.ListDirectoryPeople().ReadMask("names").Sources(tt.sources...).PageSize(2)
		for page := 0; ; page++ {
			resp, err := call.Do()
			if err != nil {
				t.Fatalf("%v: page %d: %v", tt.sources, page, err)
			}
			for _, p := range resp.People {
				if len(p.Names) != 1 || p.Etag == "" {
					t.Errorf("%s: names %+v etag %q, want one name and an etag", p.ResourceName, p.Names, p.Etag)
				}
			}
			got = append(got, resourceNames(resp.People)...)
			if resp.NextPageToken == "" {
				break
			}
			call.PageToken(resp.NextPageToken)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tt.sources, diff)
		}
	}
}

// TestListDirectoryErrors answers the required parameters' absence.
func TestListDirectoryErrors(t *testing.T) {
	srv, _ := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	for _, target := range []string{
		"/v1/people:listDirectoryPeople?readMask=names",
		"/v1/people:listDirectoryPeople?sources=" + srcProfile,
		"/v1/people:listDirectoryPeople?readMask=names&sources=BOGUS",
		"/v1/people:listDirectoryPeople?readMask=names&sources=" + srcProfile + "&pageToken=xyz",
		"/v1/people:listDirectoryPeople?readMask=names&sources=" + srcProfile + "&syncToken=xyz",
		"/v1/people:searchDirectoryPeople?readMask=names&sources=" + srcProfile,
	} {
		got := do(t, srv, "GET", target, "")
		e, _ := parseEnvelope(t, got.body)
		if got.code != 400 {
			t.Errorf("%s: HTTP %d %+v, want 400", target, got.code, e)
		}
	}
}

// TestListDirectorySync asks for a sync token, syncs with it (no changes),
// sees it expire after 7 days of the fake's clock and when the directory is
// reloaded.
func TestListDirectorySync(t *testing.T) {
	srv, svc := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	srv.SetNow(t0)
	list := func() *people.PeopleListDirectoryPeopleCall {
		return svc.People.ListDirectoryPeople().ReadMask("names").Sources(srcProfile).RequestSyncToken(true)
	}
	full, err := list().Do()
	if err != nil {
		t.Fatal(err)
	}
	if full.NextSyncToken == "" || len(full.People) != 2 {
		t.Fatalf("full sync: %d people, sync token %q", len(full.People), full.NextSyncToken)
	}
	inc, err := list().SyncToken(full.NextSyncToken).Do()
	if err != nil {
		t.Fatal(err)
	}
	if len(inc.People) != 0 || inc.NextSyncToken == "" {
		t.Errorf("incremental sync: %d people, token %q; want none and a token", len(inc.People), inc.NextSyncToken)
	}
	srv.Advance(7*24*time.Hour + time.Second)
	_, err = list().SyncToken(full.NextSyncToken).Do()
	wantError(t, err, apiError{400, "FAILED_PRECONDITION", "failedPrecondition",
		"Sync token is expired. Clear local cache and retry call without the sync token."})
	again, err := list().Do() // the full sync clients do then
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := list().SyncToken(again.NextSyncToken).Do()
	if err != nil {
		t.Fatalf("a fresh token: %v", err)
	}
	if len(fresh.People) != 0 {
		t.Errorf("a fresh token: %d people, want none", len(fresh.People))
	}
	sd, err := peoplefake.LoadSeed("testdata/caller.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Load(peoplefake.DefaultUser, &peoplefake.Seed{Directory: sd.Directory[:1]}); err != nil {
		t.Fatal(err)
	}
	if _, err := list().SyncToken(fresh.NextSyncToken).Do(); !isStale(err) {
		t.Errorf("token of the replaced directory: %v, want the expired token", err)
	}
}

// TestSearchDirectory matches by prefix of names and emails.
func TestSearchDirectory(t *testing.T) {
	_, svc := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	tests := []struct {
		query string
		want  []string
	}{
		{"car", []string{"people/202"}},
		{"CHEN", []string{"people/202"}},
		{"bob@", []string{"people/201"}},
		{"front", []string{"people/203"}},
		{"zed", nil},
	}
	for _, tt := range tests {
		resp, err := svc.People.SearchDirectoryPeople().Query(tt.query).ReadMask("names").Sources(srcProfile, srcContact).Do()
		if err != nil {
			t.Fatalf("%q: %v", tt.query, err)
		}
		if diff := cmp.Diff(tt.want, resourceNames(resp.People)); diff != "" || resp.TotalSize != int64(len(tt.want)) {
			t.Errorf("%q: totalSize %d (-want +got):\n%s", tt.query, resp.TotalSize, diff)
		}
	}
}

// TestDirectoryMergeSources merges the user's contact that shares an email
// address into the directory person.
func TestDirectoryMergeSources(t *testing.T) {
	_, svc := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	if _, err := svc.People.CreateContact(&people.Person{
		EmailAddresses: []*people.EmailAddress{{Value: "Bob@example.com"}},
		Biographies:    []*people.Biography{{Value: "met at the fair"}},
	}).Do(); err != nil {
		t.Fatal(err)
	}
	search := func(merge bool) *people.Person {
		call := svc.People.SearchDirectoryPeople().Query("bob").ReadMask("biographies,metadata").Sources(srcProfile)
		if merge {
			call.MergeSources("DIRECTORY_MERGE_SOURCE_TYPE_CONTACT")
		}
		resp, err := call.Do()
		if err != nil || len(resp.People) != 1 {
			t.Fatalf("search: %v, %+v", err, resp)
		}
		return resp.People[0]
	}
	if p := search(false); len(p.Biographies) != 0 {
		t.Errorf("without mergeSources: biographies %+v", p.Biographies)
	}
	p := search(true)
	if len(p.Biographies) != 1 || p.Biographies[0].Value != "met at the fair" || len(p.Metadata.Sources) != 2 {
		t.Errorf("with mergeSources: biographies %+v, sources %+v; want the contact's", p.Biographies, p.Metadata.Sources)
	}
}
