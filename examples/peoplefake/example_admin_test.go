// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// A search of the seeded directory with a partial response: only the display
// names.
func Example_searchDirectory() {
	srv := peoplefake.New(peoplefake.WithSeedFile("testdata/caller.json"))
	resp, err := srv.Client("").Get(peoplefake.InProcessURL + "v1/people:searchDirectoryPeople?query=car&readMask=names" +
		"&sources=DIRECTORY_SOURCE_TYPE_DOMAIN_PROFILE&prettyPrint=false&fields=people/names/displayName,totalSize")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode, string(b))
	// Output: 200 {"people":[{"names":[{"displayName":"Carol Chen"}]}],"totalSize":1}
}

// The admin API injects a failure of the next people.get; the call after it
// succeeds.
func Example_adminInject() {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	c := srv.Client("")
	resp, err := c.Post(peoplefake.InProcessURL+"peoplefake/admin/inject", "application/json",
		strings.NewReader(`{"method": "people.get", "status": "UNAVAILABLE"}`))
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	for range 2 {
		resp, err := c.Get(peoplefake.InProcessURL + "v1/" + peoplefake.SampleName + "?personFields=names")
		if err != nil {
			panic(err)
		}
		resp.Body.Close()
		fmt.Println(resp.Status)
	}
	// Output:
	// 503 Service Unavailable
	// 200 OK
}
