// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

// TestConcurrentMembers runs 8 clients adding and removing members of one
// group while 4 others rename the same contacts (get → update, retrying on
// FAILED_PRECONDITION): no membership and no name is lost, and the group's
// count and members are exact.
func TestConcurrentMembers(t *testing.T) {
	const (
		modifiers = 8
		updaters  = 4
		rounds    = 10
		contacts  = 2 * modifiers
		maxTries  = 10000
	)
	srv, _ := newFake(t)
	svc0, err := fakeclient.Service(context.Background(), srv)
	if err != nil {
		t.Fatal(err)
	}
	g := createGroup(t, svc0, "Busy")
	names := createN(t, svc0, contacts)

	var wg sync.WaitGroup
	errs := make(chan error, modifiers+updaters)
	for k := range modifiers {
		svc, err := fakeclient.Service(context.Background(), srv)
		if err != nil {
			t.Fatal(err)
		}
		mine := []string{names[k], names[k+modifiers]}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				for _, req := range []*people.ModifyContactGroupMembersRequest{
					{ResourceNamesToAdd: mine},
					{ResourceNamesToRemove: mine},
					{ResourceNamesToAdd: mine[:1]},
				} {
					resp, err := svc.ContactGroups.Members.Modify(g.ResourceName, req).Do()
					if err != nil || len(resp.NotFoundResourceNames)+len(resp.CanNotRemoveLastContactGroupResourceNames) > 0 {
						errs <- fmt.Errorf("modifier %d: %+v, %v", k, resp, err)
						return
					}
				}
			}
		}()
	}
	for j := range updaters {
		svc, err := fakeclient.Service(context.Background(), srv)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for i := j; i < contacts; i += updaters {
					for tries := 0; ; tries++ {
						if tries == maxTries {
							errs <- fmt.Errorf("updater %d: no success in %d tries", j, maxTries)
							return
						}
						p, err := svc.People.Get(names[i]).PersonFields("names").Do()
						if err != nil {
							errs <- fmt.Errorf("updater %d: Get: %v", j, err)
							return
						}
						p.Names = []*people.Name{{GivenName: fmt.Sprintf("U%d", i), FamilyName: fmt.Sprint(r)}}
						_, err = svc.People.UpdateContact(names[i], p).UpdatePersonFields("names").PersonFields("names").Do()
						if err == nil {
							break
						}
						if !isStale(err) {
							errs <- fmt.Errorf("updater %d: UpdateContact: %v", j, err)
							return
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	for i, n := range names {
		want := []string{"contactGroups/myContacts"}
		if i < modifiers {
			want = sorted("contactGroups/myContacts", g.ResourceName)
		}
		if diff := cmp.Diff(want, groupsOfContact(t, srv, n)); diff != "" {
			t.Errorf("%s memberships (-want +got):\n%s", n, diff)
		}
		p := srv.Person(peoplefake.DefaultUser, n)
		if got, want := p.GetNames()[0].GetDisplayName(), fmt.Sprintf("U%d %d", i, rounds-1); got != want {
			t.Errorf("%s name %q, want %q", n, got, want)
		}
	}
	got := getGroup(t, svc0, g.ResourceName)
	if diff := cmp.Diff(sorted(slices.Clone(names[:modifiers])...), got.MemberResourceNames); diff != "" || got.MemberCount != modifiers {
		t.Errorf("memberCount %d, members (-want +got):\n%s", got.MemberCount, diff)
	}
	if mc := getGroup(t, svc0, "contactGroups/myContacts"); mc.MemberCount != contacts+1 {
		t.Errorf("myContacts memberCount %d, want %d", mc.MemberCount, contacts+1)
	}
}
