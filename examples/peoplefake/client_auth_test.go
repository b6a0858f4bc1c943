// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"testing"

	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

func TestAuth(t *testing.T) {
	srv := peoplefake.New(
		peoplefake.WithUserPeople("alice", peoplefake.Sample()),
		peoplefake.WithToken("alice-token", "alice"),
		peoplefake.WithToken("bob-token", "bob"),
		peoplefake.WithReadOnlyToken("alice-ro", "alice"),
	)
	ctx := context.Background()
	svcAs := func(token string) *people.Service {
		svc, err := fakeclient.ServiceAs(ctx, srv, token)
		if err != nil {
			t.Fatalf("ServiceAs: %v", err)
		}
		return svc
	}
	anon, alice, bob, ro := svcAs(""), svcAs("alice-token"), svcAs("bob-token"), svcAs("alice-ro")

	_, err := anon.People.Get(sampleName).PersonFields("names").Do()
	wantError(t, err, apiError{401, "UNAUTHENTICATED", "unauthorized", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."})
	_, err = svcAs("stolen").People.Get(sampleName).PersonFields("names").Do()
	wantError(t, err, apiError{401, "UNAUTHENTICATED", "unauthorized", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."})

	raw := do(t, srv, "GET", getSample, "")
	if got := raw.hdr.Get("WWW-Authenticate"); got != `Bearer realm="https://accounts.google.com/"` {
		t.Errorf("401 WWW-Authenticate %q", got)
	}

	p, err := ro.People.Get(sampleName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("read-only Get: %v", err)
	}
	p.Names = []*people.Name{{GivenName: "Nope"}}
	_, err = ro.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do()
	wantError(t, err, apiError{403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes."})
	_, err = ro.People.CreateContact(&people.Person{}).Do()
	wantError(t, err, apiError{403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes."})
	_, err = ro.People.DeleteContact(sampleName).Do()
	wantError(t, err, apiError{403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes."})

	if _, err := alice.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do(); err != nil {
		t.Fatalf("alice UpdateContact: %v", err)
	}
	_, err = bob.People.Get(sampleName).PersonFields("names").Do()
	wantError(t, err, apiError{404, "NOT_FOUND", "notFound", msgNotFound})
	made, err := bob.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "Bob's"}}}).Do()
	if err != nil {
		t.Fatalf("bob CreateContact: %v", err)
	}
	count := func(svc *people.Service) int64 {
		resp, err := svc.People.Connections.List("people/me").PersonFields("names").Do()
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		return resp.TotalPeople
	}
	if a, b := count(alice), count(bob); a != 1 || b != 1 {
		t.Errorf("alice sees %d, bob %d connections; want 1 each", a, b)
	}
	if srv.Person("alice", made.ResourceName) != nil || srv.Person("bob", made.ResourceName) == nil {
		t.Errorf("bob's contact is not bob's alone")
	}
	if g := srv.Person("alice", sampleName).GetNames()[0].GetGivenName(); g != "Nope" {
		t.Errorf("alice's contact given name %q, want Nope", g)
	}
}

func TestErrorInjection(t *testing.T) {
	srv, svc := newFake(t, peoplefake.WithErrorInjection(peoplefake.MethodGet, "UNAVAILABLE", 2))
	for range 2 {
		_, err := svc.People.Get(sampleName).PersonFields("names").Do()
		wantError(t, err, apiError{503, "UNAVAILABLE", "backendError", "The service is currently unavailable."})
	}
	p, err := svc.People.Get(sampleName).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("Get after the injected failures: %v", err)
	}

	srv.InjectError(peoplefake.MethodUpdateContact, "ABORTED", "Try again.", 1)
	before := srv.Person(peoplefake.DefaultUser, sampleName)
	p.Names = []*people.Name{{GivenName: "Injected"}}
	_, err = svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do()
	wantError(t, err, apiError{409, "ABORTED", "aborted", "Try again."})
	if after := srv.Person(peoplefake.DefaultUser, sampleName); after.GetNames()[0].GetGivenName() != before.GetNames()[0].GetGivenName() {
		t.Errorf("an injected failure changed the store")
	}
	if _, err := svc.People.UpdateContact(sampleName, p).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("UpdateContact after the injected failure: %v", err)
	}

	srv.InjectError(peoplefake.MethodListConnections, "RESOURCE_EXHAUSTED", "", 5)
	srv.InjectError(peoplefake.MethodListConnections, "", "", 0) // cleared
	if _, err := svc.People.Connections.List("people/me").PersonFields("names").Do(); err != nil {
		t.Errorf("List after clearing injections: %v", err)
	}
}
