// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
)

// fixturePath is a contact linked to a profile with every field of every
// message of the model populated, written as the API writes it.
const fixturePath = "testdata/contact.json"

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// jsonValue decodes b with encoding/json, for comparing JSON documents as values.
func jsonValue(t testing.TB, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("invalid JSON %q: %v", b, err)
	}
	return v
}

// apiErr is what a test checks of an *apierror.Error.
type apiErr struct {
	Kind    apierror.Kind
	Message string
	Field   string
}

// asAPIErr returns the parts of err to compare; it fails the test if err is not
// an *apierror.Error.
func asAPIErr(t testing.TB, err error) apiErr {
	t.Helper()
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	return apiErr{e.Kind, e.Message, e.Field()}
}

func TestRoundTripFixture(t *testing.T) {
	in := readFile(t, fixturePath)
	p, err := person.Unmarshal(in)
	if err != nil {
		t.Fatalf("Unmarshal(%s): %v", fixturePath, err)
	}
	for _, tc := range []struct {
		name    string
		marshal func(*person.Person) ([]byte, error)
	}{
		{"Marshal", person.Marshal},
		{"MarshalIndent", person.MarshalIndent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := tc.marshal(p)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if diff := cmp.Diff(jsonValue(t, in), jsonValue(t, out)); diff != "" {
				t.Errorf("%s(Unmarshal(%s)) mismatch (-want +got):\n%s", tc.name, fixturePath, diff)
			}
			again, err := person.Unmarshal(out)
			if err != nil {
				t.Fatalf("Unmarshal(%s output): %v", tc.name, err)
			}
			if diff := cmp.Diff(p, again, protocmp.Transform()); diff != "" {
				t.Errorf("Unmarshal(%s(p)) mismatch (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

// TestFixtureCoversModel checks that the fixture sets every field of every
// message reachable from Person, so that the round trip tests every field.
func TestFixtureCoversModel(t *testing.T) {
	p, err := person.Unmarshal(readFile(t, fixturePath))
	if err != nil {
		t.Fatal(err)
	}
	set := map[protoreflect.FullName]bool{}
	var visit func(m protoreflect.Message)
	visit = func(m protoreflect.Message) {
		m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			set[fd.FullName()] = true
			switch {
			case fd.IsList() && fd.Message() != nil:
				for i := range v.List().Len() {
					visit(v.List().Get(i).Message())
				}
			case fd.Message() != nil:
				visit(v.Message())
			}
			return true
		})
	}
	visit(p.ProtoReflect())
	var missing []string
	seen := map[protoreflect.FullName]bool{}
	var walk func(md protoreflect.MessageDescriptor)
	walk = func(md protoreflect.MessageDescriptor) {
		if seen[md.FullName()] || md.FullName() == "google.protobuf.Timestamp" {
			return
		}
		seen[md.FullName()] = true
		for i := range md.Fields().Len() {
			fd := md.Fields().Get(i)
			if !set[fd.FullName()] {
				missing = append(missing, string(fd.FullName()))
			}
			if fd.Message() != nil {
				walk(fd.Message())
			}
		}
	}
	walk(p.ProtoReflect().Descriptor())
	if len(seen) != 42 {
		t.Errorf("walked %d messages, want the 42 schemas of the discovery document", len(seen))
	}
	if len(missing) > 0 {
		t.Errorf("%s leaves these fields unset:\n%s", fixturePath, strings.Join(missing, "\n"))
	}
}

// TestConformanceBodies decodes every Person of the conformance cases: stored
// persons, request bodies and expected responses. A request body must decode
// unless the case expects an error; when that error is a decoding error (its
// message, if the case gives one, is about the payload), Unmarshal must give it.
// Stored persons and responses must survive a round trip unchanged (a null
// member of an expected response means absent).
func TestConformanceBodies(t *testing.T) {
	files, err := filepath.Glob("../testdata/conformance/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance cases: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var c struct {
				Stored  json.RawMessage
				Request struct{ Person json.RawMessage }
				Want    struct {
					Person json.RawMessage
					Error  *struct {
						Code    int
						Status  string
						Message string
					}
				}
			}
			if err := json.Unmarshal(readFile(t, file), &c); err != nil {
				t.Fatal(err)
			}
			for _, body := range []struct {
				name string
				raw  json.RawMessage
			}{{"stored", c.Stored}, {"want.person", c.Want.Person}} {
				if len(body.raw) == 0 || string(body.raw) == "null" {
					continue
				}
				p, err := person.Unmarshal(body.raw)
				if err != nil {
					t.Fatalf("Unmarshal(%s): %v", body.name, err)
				}
				out, err := person.Marshal(p)
				if err != nil {
					t.Fatalf("Marshal(%s): %v", body.name, err)
				}
				want, got := normalize(t, jsonValue(t, body.raw)), normalize(t, jsonValue(t, out))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("round trip of %s mismatch (-want +got):\n%s", body.name, diff)
				}
			}
			_, err := person.Unmarshal(c.Request.Person)
			switch w := c.Want.Error; {
			case w == nil:
				if err != nil {
					t.Errorf("Unmarshal(request.person): %v", err)
				}
			case strings.HasPrefix(w.Message, "Invalid JSON payload") || strings.HasPrefix(w.Message, "Invalid value at 'person"):
				if err == nil {
					t.Fatalf("Unmarshal(request.person) succeeded, want %q", w.Message)
				}
				if got := asAPIErr(t, err); got.Message != w.Message {
					t.Errorf("Unmarshal(request.person) = %q, want %q", got.Message, w.Message)
				}
			case w.Message == "" && err != nil:
				var e *apierror.Error
				if errors.As(err, &e) && (e.Code != w.Code || e.Status != w.Status) {
					t.Errorf("Unmarshal(request.person) = %d %s, want %d %s", e.Code, e.Status, w.Code, w.Status)
				}
			}
		})
	}
}

// normalize drops null members (absent, in the cases' convention) and spells
// timestamps (values of updateTime) in one way, so that two JSON documents of
// the same person compare equal.
func normalize(t testing.TB, v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range v {
			if x == nil {
				continue
			}
			if s, ok := x.(string); ok && k == "updateTime" {
				tm, err := time.Parse(time.RFC3339Nano, s)
				if err != nil {
					t.Fatalf("bad timestamp %q: %v", s, err)
				}
				x = tm.UTC().Format(time.RFC3339Nano)
			}
			out[k] = normalize(t, x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = normalize(t, x)
		}
		return out
	}
	return v
}
