// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// discoveryPath is the People API discovery document (revision 20251117), the
// reference the model mirrors.
const discoveryPath = "testdata/people-v1-discovery.json"

// schema is a schema or a property of the discovery document.
type schema struct {
	ID         string
	Type       string
	Format     string
	Ref        string `json:"$ref"`
	Enum       []string
	Items      *schema
	Properties map[string]*schema
}

// TestDiscovery walks the discovery document from Person through every $ref
// and checks that the model has the same messages, and in each the same
// fields: JSON name, kind, repetition, message type and enum values.
func TestDiscovery(t *testing.T) {
	var doc struct{ Schemas map[string]*schema }
	if err := json.Unmarshal(readFile(t, discoveryPath), &doc); err != nil {
		t.Fatal(err)
	}
	root := (*person.Person)(nil).ProtoReflect().Descriptor()
	pkg := root.ParentFile().Package()

	// The schemas reachable from Person, and the messages reachable from Person.
	schemas := map[string]bool{}
	var walk func(name string)
	walk = func(name string) {
		s := doc.Schemas[name]
		if s == nil {
			t.Fatalf("discovery: no schema %q", name)
		}
		if schemas[name] {
			return
		}
		schemas[name] = true
		for _, p := range s.Properties {
			for _, q := range []*schema{p, p.Items} {
				if q != nil && q.Ref != "" {
					walk(q.Ref)
				}
			}
		}
	}
	walk("Person")
	messages := map[string]protoreflect.MessageDescriptor{}
	var walkModel func(md protoreflect.MessageDescriptor)
	walkModel = func(md protoreflect.MessageDescriptor) {
		if md.FullName() == "google.protobuf.Timestamp" || messages[string(md.Name())] != nil {
			return
		}
		messages[string(md.Name())] = md
		for i := range md.Fields().Len() {
			if sub := md.Fields().Get(i).Message(); sub != nil {
				walkModel(sub)
			}
		}
	}
	walkModel(root)
	if len(schemas) != 42 {
		t.Errorf("discovery: %d schemas reachable from Person, want 42", len(schemas))
	}
	if diff := cmp.Diff(sortedKeys(schemas), sortedKeys(messages)); diff != "" {
		t.Errorf("messages reachable from Person mismatch (-discovery +model):\n%s", diff)
	}

	for name := range schemas {
		md := messages[name]
		if md == nil {
			continue // reported above
		}
		if md.FullName().Parent() != pkg {
			t.Errorf("message %s is not at the top of package %s", md.FullName(), pkg)
		}
		props := doc.Schemas[name].Properties
		var fields []string
		for i := range md.Fields().Len() {
			fields = append(fields, md.Fields().Get(i).JSONName())
		}
		if diff := cmp.Diff(sortedKeys(props), sorted(fields)); diff != "" {
			t.Errorf("%s: JSON names mismatch (-discovery +model):\n%s", name, diff)
		}
		for prop, p := range props {
			fd := md.Fields().ByJSONName(prop)
			if fd == nil {
				continue // reported above
			}
			if fd.JSONName() != prop {
				t.Errorf("%s.%s: JSON name %q", name, prop, fd.JSONName())
			}
			if got, want := describeField(fd), describeProperty(p); got != want {
				t.Errorf("%s.%s: model field is %s, discovery property is %s", name, prop, got, want)
			}
		}
	}
}

// describeProperty spells out the type of a discovery property, in the terms
// describeField uses.
func describeProperty(p *schema) string {
	prefix := ""
	if p.Type == "array" {
		prefix, p = "repeated ", p.Items
	}
	switch {
	case p.Ref != "":
		return prefix + "message " + p.Ref
	case p.Type == "string" && p.Format == "google-datetime":
		return prefix + "Timestamp"
	case p.Type == "string" && len(p.Enum) > 0:
		return prefix + "enum " + strings.Join(p.Enum, ",")
	case p.Type == "string" && p.Format == "":
		return prefix + "string"
	case p.Type == "boolean":
		return prefix + "bool"
	case p.Type == "integer" && p.Format == "int32":
		return prefix + "int32"
	}
	return fmt.Sprintf("%sunknown(type %q, format %q)", prefix, p.Type, p.Format)
}

// describeField spells out the type of a field of the model: its kind and
// repetition, the name of its message, or the names of its enum's values in
// number order, which must be 0, 1, 2, ...
func describeField(fd protoreflect.FieldDescriptor) string {
	prefix := ""
	if fd.IsList() {
		prefix = "repeated "
	}
	if fd.IsMap() || fd.HasPresence() && fd.Message() == nil {
		return "map or explicit presence field"
	}
	switch fd.Kind() {
	case protoreflect.MessageKind:
		if fd.Message().FullName() == "google.protobuf.Timestamp" {
			return prefix + "Timestamp"
		}
		return prefix + "message " + string(fd.Message().Name())
	case protoreflect.EnumKind:
		vals := fd.Enum().Values()
		var names []string
		for i := range vals.Len() {
			v := vals.Get(i)
			if v.Number() != protoreflect.EnumNumber(i) {
				return fmt.Sprintf("%senum with %s = %d, not %d", prefix, v.Name(), v.Number(), i)
			}
			names = append(names, string(v.Name()))
		}
		return prefix + "enum " + strings.Join(names, ",")
	case protoreflect.StringKind:
		return prefix + "string"
	case protoreflect.BoolKind:
		return prefix + "bool"
	case protoreflect.Int32Kind:
		return prefix + "int32"
	}
	return prefix + fd.Kind().String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}
