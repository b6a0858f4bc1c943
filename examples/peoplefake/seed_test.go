// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

func TestParseSeed(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantNames []string
		wantErr   string // substring; "" for success
	}{
		{"empty list", `{"people": []}`, nil, ""},
		{"two people", `{"people": [` + stored("people/c1", "01", "") + `, ` + stored("people/c2", "02", `"names": [{"metadata": {"source": {"type": "CONTACT", "id": "02"}}, "givenName": "B"}]`) + `]}`, []string{"people/c1", "people/c2"}, ""},
		{"contacts only", `{"contacts": [{"names": [{"givenName": "Ada"}]}]}`, nil, ""},
		{"no contact source", `{"people": [{"resourceName": "people/c1", "names": [{"givenName": "A"}]}]}`, nil, `people[0] (people/c1): no CONTACT source: add "metadata"`},
		{"contact source without id", `{"people": [{"resourceName": "people/c1", "metadata": {"sources": [{"type": "CONTACT"}]}}]}`, nil, `people[0] (people/c1): the CONTACT source has no id`},
		{"item without source is a contact item", `{"people": [` + stored("people/c1", "01", `"emailAddresses": [{"value": "a@example.com"}]`) + `]}`, []string{"people/c1"}, ""},
		{"item of another source", `{"people": [` + stored("people/c1", "01", `"names": [{"metadata": {"source": {"type": "CONTACT", "id": "99"}}, "givenName": "A"}]`) + `]}`, nil, `names[0]'s metadata.source (CONTACT "99") is not one of metadata.sources`},
		{"bad contact", `{"contacts": [{"names": 1}]}`, nil, "contacts[0]:"},
		{"unknown member", `{"persons": []}`, nil, `unknown field "persons"`},
		{"no resource name", `{"people": [{"names": []}]}`, nil, "people[0]: resourceName"},
		{"bad resource name", `{"people": [{"resourceName": "contacts/1"}]}`, nil, "people[0] (contacts/1): resourceName \"contacts/1\" is not a contact's people/{id}"},
		{"duplicate", `{"people": [` + stored("people/c1", "01", "") + `, ` + stored("people/c1", "02", "") + `]}`, nil, `people[1]: a second person named "people/c1"`},
		{"trailing data", `{"people": []} {}`, nil, "data after the document"},
		{"not JSON", `people:`, nil, "seed:"},
		{"bad person", `{"people": [{"resourceName": "people/c1", "names": 5}]}`, nil, "people[0]:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := peoplefake.ParseSeed([]byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseSeed error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSeed: %v", err)
			}
			var gotNames []string
			for _, p := range got.People {
				gotNames = append(gotNames, p.GetResourceName())
			}
			if diff := cmp.Diff(tt.wantNames, gotNames); diff != "" {
				t.Errorf("names mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// stored returns the JSON of a minimal stored contact: its resource name, its
// CONTACT source with the given id, and more members (JSON, "" for none).
func stored(name, id, more string) string {
	s := `{"resourceName": "` + name + `", "metadata": {"sources": [{"type": "CONTACT", "id": "` + id + `", "etag": "#AAAA"}]}`
	if more != "" {
		s += ", " + more
	}
	return s + "}"
}

func TestSeedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seed.json")
	sample, err := person.Marshal(peoplefake.Sample())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(`{"people": [`+string(sample)+`]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := peoplefake.New(peoplefake.WithSeedFile(path), peoplefake.WithUserSeedFile("alice", path))
	for _, user := range []string{peoplefake.DefaultUser, "alice"} {
		got := srv.Person(user, sampleName)
		if diff := cmp.Diff(peoplefake.Sample(), got, protocmp.Transform()); diff != "" {
			t.Errorf("user %s: stored sample mismatch (-want +got):\n%s", user, diff)
		}
	}
	if _, err := peoplefake.LoadSeed(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Errorf("LoadSeed of a missing file: no error")
	}
}

func TestNewPanicsOnBadSeed(t *testing.T) {
	tests := []struct {
		name string
		opt  peoplefake.Option
	}{
		{"no resource name", peoplefake.WithPeople(&person.Person{})},
		{"no contact source", peoplefake.WithPeople(&person.Person{ResourceName: "people/c1"})},
		{"invalid contact", peoplefake.WithContacts(&person.Person{ResourceName: "people/c1", Names: []*person.Name{{GivenName: "A"}, {GivenName: "B"}}})},
		{"unknown status", peoplefake.WithErrorInjection(peoplefake.MethodGet, "UNAVAILBLE", 1)},
		{"duplicate", peoplefake.WithPeople(peoplefake.Sample(), peoplefake.Sample())},
		{"missing file", peoplefake.WithSeedFile(filepath.Join(t.TempDir(), "none.json"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r == nil || !strings.HasPrefix(r.(string), "peoplefake.New: ") {
					t.Errorf("panic %v, want one from peoplefake.New", r)
				}
			}()
			peoplefake.New(tt.opt)
		})
	}
}

func TestStoreHelpers(t *testing.T) {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	p := srv.Person(peoplefake.DefaultUser, sampleName)
	p.Names[0].GivenName = "Mutated"
	if g := srv.Person(peoplefake.DefaultUser, sampleName).GetNames()[0].GetGivenName(); g != "Margaret" {
		t.Errorf("Person returned the stored value itself: given name now %q", g)
	}
	if err := srv.Put(peoplefake.DefaultUser, p); err != nil {
		t.Fatalf("Put: %v", err)
	}
	if g := srv.Person(peoplefake.DefaultUser, sampleName).GetNames()[0].GetGivenName(); g != "Mutated" {
		t.Errorf("after Put: given name %q", g)
	}
	if err := srv.Put(peoplefake.DefaultUser, &person.Person{ResourceName: "bad"}); err == nil {
		t.Errorf("Put of a bad name: no error")
	}
	if got := len(srv.People(peoplefake.DefaultUser)); got != 1 {
		t.Errorf("People: %d", got)
	}
	if srv.People("nobody") != nil || srv.Person("nobody", sampleName) != nil {
		t.Errorf("a user without contacts has some")
	}
	if !srv.Delete(peoplefake.DefaultUser, sampleName) || srv.Delete(peoplefake.DefaultUser, sampleName) {
		t.Errorf("Delete: want true then false")
	}
}

// TestReadmeExample checks that the README's Go snippet is the body of the
// package's Example, so that the README's code compiles and runs.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```go\n")
	snippet, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("README.md has no ```go block")
	}
	src, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(string(src), "func Example() {\n")
	body, _, ok2 = strings.Cut(body, "\t// Output:")
	if !ok || !ok2 {
		t.Fatal("example_test.go has no Example with an Output comment")
	}
	var lines []string
	for _, l := range strings.SplitAfter(body, "\n") {
		lines = append(lines, strings.TrimPrefix(l, "\t"))
	}
	if diff := cmp.Diff(snippet, strings.Join(lines, "")); diff != "" {
		t.Errorf("README snippet and Example differ (-README +Example):\n%s", diff)
	}
}
