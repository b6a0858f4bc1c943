// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// syncAll runs a connections.list sync (full with tok "", else incremental)
// to its last page and returns every person it gave, the tokens of the
// pages and the next sync token. Every page but the last must have a page
// token and no sync token, the last a sync token and no page token.
func syncAll(t *testing.T, svc *people.Service, tok string, size int64, fields string) ([]*people.Person, string) {
	t.Helper()
	var out []*people.Person
	page := ""
	for range 1000 {
		call := svc.People.Connections.List("people/me").PersonFields(fields).PageSize(size).PageToken(page)
		if tok == "" {
			call = call.RequestSyncToken(true)
		} else {
			call = call.SyncToken(tok)
		}
		resp, err := call.Do()
		if err != nil {
			t.Fatalf("sync page: %v", err)
		}
		out = append(out, resp.Connections...)
		if resp.NextPageToken == "" {
			if resp.NextSyncToken == "" {
				t.Fatalf("last page without nextSyncToken")
			}
			return out, resp.NextSyncToken
		}
		if resp.NextSyncToken != "" {
			t.Fatalf("page with both nextPageToken and nextSyncToken")
		}
		page = resp.NextPageToken
	}
	t.Fatal("sync does not end")
	return nil, ""
}

// syncEntry is what a test checks of a person in a sync answer.
type syncEntry struct {
	Name    string
	Given   string
	Deleted bool
	Bare    bool // a tombstone: resourceName, etag and metadata.deleted only
}

func entries(ps []*people.Person) []syncEntry {
	var out []syncEntry
	for _, p := range ps {
		e := syncEntry{Name: p.ResourceName}
		if len(p.Names) > 0 {
			e.Given = p.Names[0].GivenName
		}
		if p.Metadata != nil && p.Metadata.Deleted {
			e.Deleted = true
			e.Bare = p.Etag != "" && len(p.Names) == 0 && len(p.Metadata.Sources) == 0
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b syncEntry) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func TestIncrementalSync(t *testing.T) {
	var seeds []*person.Person
	for i := range 5 {
		seeds = append(seeds, &person.Person{Names: []*person.Name{{GivenName: fmt.Sprintf("Seed%d", i)}}})
	}
	srv, svc := newFake(t, peoplefake.WithContacts(seeds...))

	full, tok := syncAll(t, svc, "", 2, "names")
	if len(full) != 6 {
		t.Fatalf("full sync gave %d people, want 6", len(full))
	}

	// Between syncs: a new contact, an update, a deletion.
	made, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "New"}}}).Do()
	if err != nil {
		t.Fatalf("CreateContact: %v", err)
	}
	p, err := svc.People.Get(sampleName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	p.Names = []*people.Name{{GivenName: "Updated"}}
	if _, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do(); err != nil {
		t.Fatalf("UpdateContact: %v", err)
	}
	gone := full[0].ResourceName
	if gone == sampleName {
		gone = full[1].ResourceName
	}
	if _, err := svc.People.DeleteContact(gone).Do(); err != nil {
		t.Fatalf("DeleteContact: %v", err)
	}

	got, tok2 := syncAll(t, svc, tok, 1, "names")
	want := []syncEntry{{Name: made.ResourceName, Given: "New"}, {Name: sampleName, Given: "Updated"}, {Name: gone, Deleted: true, Bare: true}}
	slices.SortFunc(want, func(a, b syncEntry) int { return strings.Compare(a.Name, b.Name) })
	if diff := cmp.Diff(want, entries(got)); diff != "" {
		t.Errorf("incremental sync mismatch (-want +got):\n%s", diff)
	}

	// The next sync from the new token: nothing, the tombstone seen once.
	got, _ = syncAll(t, svc, tok2, 10, "names")
	if len(got) != 0 {
		t.Errorf("second incremental sync: %v, want nothing", entries(got))
	}
	// The old token still works, and gives the same changes again.
	got, _ = syncAll(t, svc, tok, 100, "names")
	if diff := cmp.Diff(want, entries(got)); diff != "" {
		t.Errorf("repeated incremental sync mismatch (-want +got):\n%s", diff)
	}

	// The token is bound to the other parameters.
	_, err = svc.People.Connections.List("people/me").PersonFields("names,emailAddresses").SyncToken(tok2).Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."})
	_, err = svc.People.Connections.List("people/me").PersonFields("names").SortOrder("FIRST_NAME_ASCENDING").SyncToken(tok2).Do()
	wantError(t, err, apiError{400, "INVALID_ARGUMENT", "badRequest", "Request contains an invalid argument."})

	// Tokens expire 7 days after their full sync, by the fake's clock; a
	// token of an incremental sync keeps its full sync's time.
	srv.Advance(7*24*time.Hour - time.Hour)
	if _, err := svc.People.Connections.List("people/me").PersonFields("names").SyncToken(tok2).Do(); err != nil {
		t.Errorf("sync within 7 days: %v", err)
	}
	srv.Advance(2 * time.Hour)
	for _, tk := range []string{tok, tok2} {
		_, err = svc.People.Connections.List("people/me").PersonFields("names").SyncToken(tk).Do()
		wantError(t, err, apiError{400, "FAILED_PRECONDITION", "failedPrecondition", "Sync token is expired. Clear local cache and retry call without the sync token."})
	}
	_, env := clientError(t, err)
	var info struct {
		Type   string `json:"@type"`
		Reason string `json:"reason"`
		Domain string `json:"domain"`
	}
	if len(env.Error.Details) == 0 || json.Unmarshal(env.Error.Details[0], &info) != nil ||
		info.Type != "type.googleapis.com/google.rpc.ErrorInfo" || info.Reason != "EXPIRED_SYNC_TOKEN" || info.Domain != "people.googleapis.com" {
		t.Errorf("expired token details: %s", env.Error.Details)
	}
	// A new full sync starts over.
	full, _ = syncAll(t, svc, "", 100, "names")
	if len(full) != 6 {
		t.Errorf("full sync after expiry gave %d people, want 6", len(full))
	}
}

func TestSyncWithConcurrentWriters(t *testing.T) {
	var seeds []*person.Person
	for i := range 40 {
		seeds = append(seeds, &person.Person{Names: []*person.Name{{GivenName: fmt.Sprintf("v0-%d", i)}}})
	}
	srv, svc := newFake(t, peoplefake.WithContacts(seeds...))

	// The client's copy: resource name → given name.
	local := make(map[string]string)
	apply := func(ps []*people.Person) {
		for _, p := range ps {
			if p.Metadata != nil && p.Metadata.Deleted {
				delete(local, p.ResourceName)
				continue
			}
			local[p.ResourceName] = ""
			if len(p.Names) > 0 {
				local[p.ResourceName] = p.Names[0].GivenName
			}
		}
	}

	// Writers run while the client pages through incremental syncs (every
	// kind of write) and through a full sync (creates only: the offset
	// paging of a full list skips people when others move, README gap 10).
	full, tok := syncAll(t, svc, "", 3, "names")
	apply(full)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for i := range 200 {
				select {
				case <-stop:
					return
				default:
				}
				all := srv.People(peoplefake.DefaultUser)
				p := all[(i*7+w)%len(all)]
				switch i % 5 {
				case 0:
					srv.Delete(peoplefake.DefaultUser, p.GetResourceName())
				case 1:
					if _, err := srv.Create(peoplefake.DefaultUser, &person.Person{Names: []*person.Name{{GivenName: fmt.Sprintf("w%d-%d", w, i)}}}); err != nil {
						t.Errorf("Create: %v", err)
						return
					}
				default:
					if len(p.Names) > 0 {
						p.Names[0].GivenName = fmt.Sprintf("w%d-%d", w, i)
					}
					if err := srv.Put(peoplefake.DefaultUser, p); err != nil {
						t.Errorf("Put: %v", err)
						return
					}
				}
			}
		})
	}
	for range 5 {
		var ps []*people.Person
		ps, tok = syncAll(t, svc, tok, 4, "names")
		apply(ps)
	}
	close(stop)
	wg.Wait()
	ps, _ := syncAll(t, svc, tok, 4, "names")
	apply(ps)
	checkCopy(t, srv, local)

	// A full sync while contacts are created, then incremental ones.
	stop = make(chan struct{})
	wg.Go(func() {
		for i := range 60 {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := srv.Create(peoplefake.DefaultUser, &person.Person{Names: []*person.Name{{GivenName: fmt.Sprintf("c-%d", i)}}}); err != nil {
				t.Errorf("Create: %v", err)
				return
			}
		}
	})
	clear(local)
	full, tok = syncAll(t, svc, "", 3, "names")
	apply(full)
	ps, tok = syncAll(t, svc, tok, 4, "names")
	apply(ps)
	close(stop)
	wg.Wait()
	ps, _ = syncAll(t, svc, tok, 4, "names")
	apply(ps)
	checkCopy(t, srv, local)
}

// checkCopy checks a client's copy of the contacts (resource name → given
// name) against the store.
func checkCopy(t *testing.T, srv *peoplefake.Server, local map[string]string) {
	t.Helper()

	want := make(map[string]string)
	for _, p := range srv.People(peoplefake.DefaultUser) {
		want[p.GetResourceName()] = ""
		if len(p.GetNames()) > 0 {
			want[p.GetResourceName()] = p.GetNames()[0].GetGivenName()
		}
	}
	if diff := cmp.Diff(want, local); diff != "" {
		t.Errorf("client copy after syncs mismatch (-want +got):\n%s", diff)
	}
}

func TestEveryWriteEntersTheLog(t *testing.T) {
	_, svc := newFake(t)
	created, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "Other"}}}).Do()
	if err != nil {
		t.Fatalf("CreateContact: %v", err)
	}
	group, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: "G"}}).Do()
	if err != nil {
		t.Fatalf("Create group: %v", err)
	}
	writes := []struct {
		name string
		do   func() ([]string, error) // the people it changes
	}{
		{"batchCreateContacts", func() ([]string, error) {
			r, err := svc.People.BatchCreateContacts(&people.BatchCreateContactsRequest{ReadMask: "names",
				Contacts: []*people.ContactToCreate{{ContactPerson: &people.Person{Names: []*people.Name{{GivenName: "B"}}}}}}).Do()
			if err != nil {
				return nil, err
			}
			return []string{r.CreatedPeople[0].Person.ResourceName}, nil
		}},
		{"members.modify", func() ([]string, error) {
			_, err := svc.ContactGroups.Members.Modify(group.ResourceName, &people.ModifyContactGroupMembersRequest{ResourceNamesToAdd: []string{sampleName}}).Do()
			return []string{sampleName}, err
		}},
		{"updateContactPhoto", func() ([]string, error) {
			_, err := svc.People.UpdateContactPhoto(sampleName, &people.UpdateContactPhotoRequest{PhotoBytes: encoded(t, "png")}).Do()
			return []string{sampleName}, err
		}},
		{"deleteContactPhoto", func() ([]string, error) {
			_, err := svc.People.DeleteContactPhoto(sampleName).Do()
			return []string{sampleName}, err
		}},
		{"contactGroups.delete", func() ([]string, error) {
			_, err := svc.ContactGroups.Delete(group.ResourceName).Do()
			return []string{sampleName}, err // its member leaves it
		}},
		{"batchDeleteContacts", func() ([]string, error) {
			_, err := svc.People.BatchDeleteContacts(&people.BatchDeleteContactsRequest{ResourceNames: []string{created.ResourceName}}).Do()
			return []string{created.ResourceName}, err
		}},
	}
	for _, w := range writes {
		t.Run(w.name, func(t *testing.T) {
			_, tok := syncAll(t, svc, "", 100, "names")
			want, err := w.do()
			if err != nil {
				t.Fatalf("%s: %v", w.name, err)
			}
			got, _ := syncAll(t, svc, tok, 100, "names")
			var names []string
			for _, p := range got {
				names = append(names, p.ResourceName)
			}
			if diff := cmp.Diff(want, names); diff != "" {
				t.Errorf("changed people mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
