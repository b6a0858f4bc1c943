// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	"google.golang.org/api/googleapi"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
	"github.com/peopleupdate/peopleupdate/person"
)

// The README's ten lines: a fake with the sample contact, an official client
// reaching it in-process, a read and an update with the read's etag.
func Example() {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	svc, err := fakeclient.Service(context.Background(), srv) // the official client, in-process
	if err != nil {
		log.Fatal(err)
	}
	p, err := svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
	if err != nil {
		log.Fatal(err)
	}
	p.Names = []*people.Name{{GivenName: "Meg", FamilyName: "Chen"}}
	p, err = svc.People.UpdateContact(p.ResourceName, p).UpdatePersonFields("names").Do()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Names[0].DisplayName) // Meg Chen
	// Output: Meg Chen
}

// A client that updates with an etag it read before someone else's update gets
// the real service's FAILED_PRECONDITION answer.
func Example_staleEtag() {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	svc, _ := fakeclient.Service(context.Background(), srv)
	p, _ := svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
	if _, err := svc.People.UpdateContact(p.ResourceName, p).UpdatePersonFields("names").Do(); err != nil {
		log.Fatal(err)
	}
	_, err := svc.People.UpdateContact(p.ResourceName, p).UpdatePersonFields("names").Do()
	var gerr *googleapi.Error
	if errors.As(err, &gerr) {
		fmt.Println(gerr.Code, gerr.Errors[0].Reason)
		fmt.Println(gerr.Message)
	}
	// Output:
	// 400 failedPrecondition
	// Request person.etag is different than the current person.etag. Clear local cache and get the latest person.
}

// Injected failures come before anything is read or changed.
func ExampleServer_InjectError() {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	svc, _ := fakeclient.Service(context.Background(), srv)
	srv.InjectError(peoplefake.MethodGet, "UNAVAILABLE", "", 1)
	_, err := svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
	fmt.Println(err)
	_, err = svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
	fmt.Println(err)
	// Output:
	// googleapi: Error 503: The service is currently unavailable., backendError
	// <nil>
}

// A fake on a loopback port, for clients that need a URL.
func ExampleServer_Start() {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	ts := srv.Start()
	defer ts.Close()
	svc, err := fakeclient.NewService(context.Background(), ts.URL, "")
	if err != nil {
		log.Fatal(err)
	}
	resp, err := svc.People.Connections.List("people/me").PersonFields("names").Do()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.TotalPeople, resp.Connections[0].Names[0].DisplayName)
	// Output: 1 Margaret Chen
}

// A fake on a data directory keeps what it acknowledged: a fake opened later
// on the same directory resumes it, and plants no seed again.
func ExampleWithDataDir() {
	dir, err := os.MkdirTemp("", "peoplefake")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	first, err := peoplefake.Open(peoplefake.WithDataDir(dir), peoplefake.WithPeople(peoplefake.Sample()))
	if err != nil {
		log.Fatal(err)
	}
	if _, err := first.Create(peoplefake.DefaultUser, &person.Person{Names: []*person.Name{{GivenName: "Ada"}}}); err != nil {
		log.Fatal(err)
	}
	first.Close()

	again, err := peoplefake.Open(peoplefake.WithDataDir(dir), peoplefake.WithPeople(peoplefake.Sample()))
	if err != nil {
		log.Fatal(err)
	}
	defer again.Close()
	fmt.Println(again.Resumed(), len(again.People(peoplefake.DefaultUser)))
	// Output: true 2
}
