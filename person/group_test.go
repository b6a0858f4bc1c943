// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"testing"

	"github.com/peopleupdate/peopleupdate/person"
)

func TestContactGroupID(t *testing.T) {
	tests := []struct {
		name   string
		wantID string
		wantOK bool
	}{
		{"contactGroups/myContacts", "myContacts", true},
		{"contactGroups/starred", "starred", true},
		{"contactGroups/4a1f9e0b", "4a1f9e0b", true},
		{"contactGroups/", "", false},
		{"contactGroups/a/b", "", false},
		{"myContacts", "", false},
		{"", "", false},
		{"contactgroups/starred", "", false},
	}
	for _, tt := range tests {
		if id, ok := person.ContactGroupID(tt.name); id != tt.wantID || ok != tt.wantOK {
			t.Errorf("ContactGroupID(%q) = %q, %t, want %q, %t", tt.name, id, ok, tt.wantID, tt.wantOK)
		}
	}
}

func TestUnsourced(t *testing.T) {
	item := func(s *person.Source) person.Item { return &person.Url{Metadata: &person.FieldMetadata{Source: s}} }
	tests := []struct {
		desc string
		it   person.Item
		want bool
	}{
		{"nil item", (*person.Url)(nil), true},
		{"no metadata", &person.Url{}, true},
		{"no source", &person.Url{Metadata: &person.FieldMetadata{}}, true},
		{"empty source", item(&person.Source{}), true},
		{"id without type", item(&person.Source{Id: "c1"}), false},
		{"CONTACT without id", item(&person.Source{Type: person.Source_CONTACT}), false},
		{"profile", item(&person.Source{Type: person.Source_PROFILE}), false},
	}
	for _, tt := range tests {
		if got := person.Unsourced(tt.it); got != tt.want {
			t.Errorf("Unsourced(%s) = %t, want %t", tt.desc, got, tt.want)
		}
	}
}
