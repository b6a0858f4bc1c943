// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fakeclient_test

import (
	"context"
	"fmt"
	"log"

	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

// A fake seeded with a person written as a client would create it, read back
// through the official client in-process.
func ExampleWithContacts() {
	srv := peoplefake.New(fakeclient.WithContacts(&people.Person{
		Names: []*people.Name{{GivenName: "Ada", FamilyName: "Lovelace"}},
	}))
	svc, err := fakeclient.Service(context.Background(), srv)
	if err != nil {
		log.Fatal(err)
	}
	list, err := svc.People.Connections.List("people/me").PersonFields("names").Do()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(list.Connections[0].Names[0].DisplayName)
	// Output: Ada Lovelace
}

// A client of a fake on a loopback port, as a client of the command is made.
func ExampleNewService() {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	ts := srv.Start()
	defer ts.Close()
	svc, err := fakeclient.NewService(context.Background(), ts.URL, "")
	if err != nil {
		log.Fatal(err)
	}
	p, err := svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Names[0].DisplayName)
	// Output: Margaret Chen
}
