// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

const aliceProfile = "people/101234567890123456789"

// TestProfileSeeded reads a seeded profile as people/me and by its own name
// through the official client.
func TestProfileSeeded(t *testing.T) {
	_, svc := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	for _, name := range []string{"people/me", aliceProfile} {
		got, err := svc.People.Get(name).PersonFields("names,emailAddresses,metadata").Do()
		if err != nil {
			t.Fatalf("Get(%s): %v", name, err)
		}
		if got.ResourceName != aliceProfile || len(got.Names) != 1 || got.Names[0].DisplayName != "Alice Admin" ||
			len(got.EmailAddresses) != 1 || got.EmailAddresses[0].Value != "alice@example.com" {
			t.Errorf("Get(%s) = %+v, want Alice's profile", name, got)
		}
		if got.Etag == "" || len(got.Metadata.Sources) != 1 || got.Metadata.Sources[0].Type != "PROFILE" {
			t.Errorf("Get(%s): etag %q, sources %+v, want an etag and the PROFILE source", name, got.Etag, got.Metadata.Sources)
		}
	}
	// sources=READ_SOURCE_TYPE_CONTACT hides the profile's items.
	got, err := svc.People.Get("people/me").PersonFields("names").Sources("READ_SOURCE_TYPE_CONTACT").Do()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Names) != 0 {
		t.Errorf("names with sources=CONTACT: %+v, want none", got.Names)
	}
}

// TestProfileBatchGet answers people/me beside a contact in one batch.
func TestProfileBatchGet(t *testing.T) {
	_, svc := newFake(t)
	resp, err := svc.People.GetBatchGet().ResourceNames("people/me", sampleName, "people/999").PersonFields("names").Do()
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, r := range resp.Responses {
		got = append(got, r.HttpStatusCode)
	}
	if diff := cmp.Diff([]int64{200, 200, 404}, got); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	me := resp.Responses[0].Person
	if !strings.HasPrefix(me.ResourceName, "people/1") || len(me.Names) != 1 || me.Names[0].GivenName != peoplefake.DefaultUser {
		t.Errorf("default profile = %+v, want people/{digits} named %q", me, peoplefake.DefaultUser)
	}
}

// TestProfilePerUser gives each token's user their own profile.
func TestProfilePerUser(t *testing.T) {
	srv := peoplefake.New(peoplefake.WithToken("a", "alice"), peoplefake.WithToken("b", "bob"),
		peoplefake.WithUserSeedFile("alice", "testdata/caller.json"))
	for _, tt := range []struct{ token, wantEmail string }{{"a", "alice@example.com"}, {"b", "bob@example.com"}} {
		svc, err := fakeclient.ServiceAs(context.Background(), srv, tt.token)
		if err != nil {
			t.Fatal(err)
		}
		got, err := svc.People.Get("people/me").PersonFields("emailAddresses").Do()
		if err != nil {
			t.Fatal(err)
		}
		if len(got.EmailAddresses) != 1 || got.EmailAddresses[0].Value != tt.wantEmail {
			t.Errorf("token %s: emails %+v, want %s", tt.token, got.EmailAddresses, tt.wantEmail)
		}
	}
	if got := srv.Profile("alice").GetResourceName(); got != aliceProfile {
		t.Errorf("Profile(alice) = %s, want %s", got, aliceProfile)
	}
}

// TestProfileNotAContact keeps the profile out of contact writes: updating
// people/me is the library's 400, deleting it too.
func TestProfileNotAContact(t *testing.T) {
	srv, _ := newFake(t, peoplefake.WithSeedFile("testdata/caller.json"))
	got := do(t, srv, "DELETE", "/v1/"+aliceProfile+":deleteContact", "")
	if got.code == http.StatusOK {
		t.Fatalf("deleteContact of the profile: HTTP 200 %s, want an error", got.body)
	}
	if srv.Profile(peoplefake.DefaultUser).GetResourceName() != aliceProfile {
		t.Error("the profile went away")
	}
}

// TestCheckProfile rejects records unfit to be profiles or directory people.
func TestCheckProfile(t *testing.T) {
	sd, err := peoplefake.LoadSeed("testdata/caller.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := peoplefake.CheckProfile(sd.Profile); err != nil {
		t.Errorf("CheckProfile(seeded) = %v", err)
	}
	if err := peoplefake.CheckProfile(peoplefake.Sample()); err == nil || !strings.Contains(err.Error(), "people/{digits}") {
		t.Errorf("CheckProfile(contact) = %v, want the resourceName error", err)
	}
	if err := peoplefake.CheckDirectory(sd.Profile); err == nil || !strings.Contains(err.Error(), "DOMAIN_PROFILE") {
		t.Errorf("CheckDirectory(profile) = %v, want the source error", err)
	}
	if _, err := peoplefake.ParseSeed([]byte(`{"directory": [{"resourceName": "people/1"}]}`)); err == nil {
		t.Error("ParseSeed took a directory person without a source")
	}
}
