// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/internal/schemapb"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/runtime/protoimpl"
)

// discoveryPath is the People API discovery document (revision 20251117), the
// reference the model mirrors.
const discoveryPath = "testdata/people-v1-discovery.json"

// schema is a schema or a property of the discovery document.
type schema struct {
	ID          string
	Description string
	ReadOnly    bool
	Type        string
	Format      string
	Ref         string `json:"$ref"`
	Enum        []string
	Items       *schema
	Properties  map[string]*schema
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
			checkOptions(t, name+"."+prop, fd, p)
		}
	}
}

// valueRE matches one value of a description's list ("* `home`", "* names").
var valueRE = regexp.MustCompile("\\* `?([A-Za-z]+)`?")

// listAfter returns the values of the list that follows marker in desc, or
// nil when desc has no marker.
func listAfter(desc, marker string) []string {
	_, list, ok := strings.Cut(desc, marker)
	if !ok {
		return nil
	}
	var vs []string
	for _, m := range valueRE.FindAllStringSubmatch(list, -1) {
		vs = append(vs, m[1])
	}
	return vs
}

// checkOptions holds the schema options of field fd against its discovery
// property p: output_only is readOnly ("Output only."), predefined the
// description's list of predefined values, singleton its "singleton for
// contact sources".
func checkOptions(t *testing.T, name string, fd protoreflect.FieldDescriptor, p *schema) {
	t.Helper()
	if got := person.IsOutputOnly(fd); got != p.ReadOnly {
		t.Errorf("%s: output_only is %t, discovery readOnly is %t", name, got, p.ReadOnly)
	}
	if got, want := person.IsOutputOnly(fd), strings.Contains(p.Description, "Output only."); got != want {
		t.Errorf("%s: output_only is %t, but the description says %q", name, got, p.Description)
	}
	var got []string
	for _, v := range proto.GetExtension(fd.Options(), schemapb.E_Predefined).([]string) {
		v, _, _ = strings.Cut(v, "=")
		got = append(got, v)
	}
	var want []string
	if fd.Kind() == protoreflect.StringKind {
		want = listAfter(p.Description, "predefined values:")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: predefined values mismatch (-discovery +model):\n%s", name, diff)
	}
	singleton := proto.GetExtension(fd.Options(), schemapb.E_Singleton).(bool)
	if want := strings.Contains(p.Description, "singleton for contact sources"); singleton != want {
		t.Errorf("%s: singleton is %t, discovery description says %q", name, singleton, p.Description)
	}
}

// TestMaskPathOptions holds the readable and updatable options of the Person
// fields, and so the field table, against the valid values of people.get's
// personFields and people.updateContact's updatePersonFields.
func TestMaskPathOptions(t *testing.T) {
	var doc struct {
		Resources struct {
			People struct {
				Methods map[string]struct {
					Parameters map[string]*schema
				}
			}
		}
	}
	if err := json.Unmarshal(readFile(t, discoveryPath), &doc); err != nil {
		t.Fatal(err)
	}
	params := doc.Resources.People.Methods["updateContact"].Parameters
	for _, tt := range []struct {
		param string
		opt   *protoimpl.ExtensionInfo
		set   person.FieldSet
	}{
		{"personFields", schemapb.E_Readable, person.AllFields},
		{"updatePersonFields", schemapb.E_Updatable, person.UpdatableFields},
	} {
		want := listAfter(params[tt.param].Description, "Valid values are:")
		var got, gotSet []string
		fds := (*person.Person)(nil).ProtoReflect().Descriptor().Fields()
		for i := range fds.Len() {
			if fd := fds.Get(i); proto.GetExtension(fd.Options(), tt.opt).(bool) {
				got = append(got, fd.JSONName())
			}
		}
		for f := range tt.set.All() {
			gotSet = append(gotSet, f.JSONName())
		}
		if diff := cmp.Diff(sorted(want), sorted(got)); diff != "" {
			t.Errorf("%s: Person fields with option %s mismatch (-discovery +model):\n%s", tt.param, tt.opt.TypeDescriptor().Name(), diff)
		}
		if diff := cmp.Diff(sorted(want), gotSet); diff != "" {
			t.Errorf("%s: field set mismatch (-discovery +model):\n%s", tt.param, diff)
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
