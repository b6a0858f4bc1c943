// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "update:", err)
		os.Exit(1)
	}
}

// now is the program's clock: fixed, so that its output is the same every run.
func now() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }

// run reads and updates the sample contact as args say, printing to stdout.
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("update", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fields := fs.String("fields", "names,emailAddresses", "personFields `mask` of the read and the answer")
	update := fs.String("mask", "names", "updatePersonFields `mask`; empty: read only")
	body := fs.String("body", `{"names":[{"givenName":"Meg","familyName":"Chen"}]}`, "updateContact body (`JSON` Person)")
	sources := fs.String("sources", "", "comma-separated read `sources` (default CONTACT and PROFILE)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var src []string
	if *sources != "" {
		src = strings.Split(*sources, ",")
	}
	read, err := mask.Get.ParseRead(*fields)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "personFields: %s\n", read)
	srcs, err := mask.ParseSources(src)
	if err != nil {
		return err
	}
	stored := peoplefake.Sample()
	got, err := peopleupdate.ReadParsed(stored, read, srcs)
	if err != nil {
		return err
	}
	if err := printPerson(stdout, "read", got); err != nil {
		return err
	}
	if *update == "" {
		return nil
	}
	u, err := mask.ParseUpdate(*update)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "updatePersonFields: %s\n", u)
	req, err := person.Unmarshal([]byte(*body))
	if err != nil {
		return err
	}
	if req.GetEtag() == "" {
		req.Etag = got.GetEtag()
	}
	res, err := peopleupdate.Options{Clock: now, Canonicalize: peoplefake.Libphonenumber}.UpdateContact(stored, peopleupdate.Request{
		ResourceName:       stored.GetResourceName(),
		UpdatePersonFields: *update,
		PersonFields:       *fields,
		Sources:            src,
		Person:             req,
	})
	if err != nil {
		return err
	}
	return printPerson(stdout, "updated", res.Response())
}

// printPerson prints a titled Person in the API's indented JSON.
func printPerson(w io.Writer, title string, p *person.Person) error {
	b, err := person.MarshalIndent(p)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s:\n%s\n", title, b)
	return err
}
