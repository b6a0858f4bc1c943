// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"net/http"
	"testing"

	"github.com/peopleupdate/peopleupdate/person"
)

// TestResetIsOneTransaction resets a user holding contacts, a group and a
// photo and stores one contact in the same write, as an admin load would:
// the fake reopened on the directory holds that contact and nothing else.
func TestResetIsOneTransaction(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(WithDataDir(dir), WithPeople(Sample()))
	if err != nil {
		t.Fatal(err)
	}
	uploadPhoto(t, s, "")
	for _, req := range []struct{ target, body string }{
		{"/v1/people:createContact", `{"names": [{"givenName": "Ada"}]}`},
		{"/v1/contactGroups", `{"contactGroup": {"name": "Club"}}`},
	} {
		if w := serve(s, http.MethodPost, req.target, "", req.body); w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", req.target, w.Code, w.Body)
		}
	}
	kept := &person.Person{ResourceName: "people/c1", Metadata: &person.PersonMetadata{
		Sources: []*person.Source{{Type: person.Source_CONTACT, Id: "0000000000000001", Etag: "#AAAAAAAAAAE="}}}}
	err = s.write(DefaultUser, func(u *userStore) error {
		u.reset()
		u.put(clone(kept))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(WithDataDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := s.People(DefaultUser)
	if len(got) != 1 || !samePerson(kept, got[0]) {
		t.Errorf("after the reset and a restart: %v, want only %v", got, kept)
	}
	u := s.existing(DefaultUser)
	if len(u.photos) != 0 || len(u.gs().sorted()) != len(newGroupState().groups) {
		t.Errorf("after the reset and a restart: %d photos, %d groups; want none but the system groups", len(u.photos), len(u.gs().sorted()))
	}
}
