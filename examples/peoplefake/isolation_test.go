// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

// TestUsersIsolatedUnderLoad has two users, each with a token of their own,
// create, update, list and delete contacts in their own stores at the same
// time. Neither ever sees a contact of the other, and each ends with exactly
// the contacts it kept.
func TestUsersIsolatedUnderLoad(t *testing.T) {
	const (
		perUser = 12 // contacts each user creates
		rounds  = 3  // updates of each contact
	)
	srv, ts := fakeclient.NewTestServer(t,
		peoplefake.WithAuth(),
		peoplefake.WithToken("token-alice", "alice"),
		peoplefake.WithToken("token-bob", "bob"),
	)
	ctx := context.Background()
	users := []string{"alice", "bob"}

	var wg sync.WaitGroup
	errs := make(chan error, 2*perUser)
	kept := make([]map[string]bool, len(users))
	for u, user := range users {
		svc, err := fakeclient.NewService(ctx, ts.URL, "token-"+user)
		if err != nil {
			t.Fatal(err)
		}
		kept[u] = map[string]bool{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := map[string]bool{}
			for i := range perUser {
				created, err := svc.People.CreateContact(&people.Person{
					Names: []*people.Name{{GivenName: user, FamilyName: fmt.Sprint(i)}},
				}).PersonFields("names").Do()
				if err != nil {
					errs <- fmt.Errorf("%s: CreateContact: %v", user, err)
					return
				}
				mine[created.ResourceName] = true
				p := created
				for r := range rounds {
					p.Names = []*people.Name{{GivenName: user, FamilyName: fmt.Sprintf("%d-%d", i, r)}}
					p, err = svc.People.UpdateContact(p.ResourceName, p).UpdatePersonFields("names").PersonFields("names").Do()
					if err != nil {
						errs <- fmt.Errorf("%s: UpdateContact: %v", user, err)
						return
					}
				}
				// Every listing holds only this user's contacts.
				list, err := svc.People.Connections.List("people/me").PersonFields("names").PageSize(1000).Do()
				if err != nil {
					errs <- fmt.Errorf("%s: List: %v", user, err)
					return
				}
				for _, c := range list.Connections {
					if !mine[c.ResourceName] || len(c.Names) == 0 || c.Names[0].GivenName != user {
						errs <- fmt.Errorf("%s: listing shows %s (%v), not one of mine", user, c.ResourceName, c.Names)
						return
					}
				}
				// Every third contact is deleted again.
				if i%3 == 2 {
					if _, err := svc.People.DeleteContact(created.ResourceName).Do(); err != nil {
						errs <- fmt.Errorf("%s: DeleteContact: %v", user, err)
						return
					}
					delete(mine, created.ResourceName)
				}
			}
			kept[u] = mine
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for u, user := range users {
		got := map[string]bool{}
		for _, p := range srv.People(user) {
			got[p.GetResourceName()] = true
			if g := p.GetNames()[0].GetGivenName(); g != user {
				t.Errorf("store of %s holds %s named %q", user, p.GetResourceName(), g)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(kept[u]) {
			t.Errorf("store of %s = %v, want %v", user, got, kept[u])
		}
		if want := perUser - perUser/3; len(got) != want {
			t.Errorf("store of %s holds %d contacts, want %d", user, len(got), want)
		}
	}
}
