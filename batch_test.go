// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// batchStore returns two stored contacts, people/c1 and people/c2, and a lookup
// of them.
func batchStore() (map[string]*person.Person, func(string) *person.Person) {
	store := map[string]*person.Person{}
	for _, n := range []string{"people/c1", "people/c2"} {
		p := testContact()
		p.ResourceName = n
		store[n] = p
	}
	return store, func(n string) *person.Person { return store[n] }
}

func TestBatchUpdateContacts(t *testing.T) {
	t.Parallel()
	store, lookup := batchStore()
	body := func(n string) []byte {
		r, _ := Read(store[n], "", nil)
		return []byte(`{"etag": "` + r.GetEtag() + `", "names": [{"givenName": "New ` + n + `"}]}`)
	}
	for _, readMask := range []string{"", "names"} {
		res, err := testOpts.BatchUpdateContacts(BatchUpdateRequest{
			UpdateMask: "names",
			ReadMask:   readMask,
			Contacts:   map[string][]byte{"people/c2": body("people/c2"), "people/c1": body("people/c1")},
		}, lookup)
		if err != nil {
			t.Fatalf("readMask %q: BatchUpdateContacts() error = %v", readMask, err)
		}
		if diff := cmp.Diff([]string{"people/c1", "people/c2"}, res.Names); diff != "" {
			t.Errorf("Names mismatch (-want +got):\n%s", diff)
		}
		for _, n := range res.Names {
			r := res.Results[n]
			if got, want := r.Stored.GetNames()[0].GetGivenName(), "New "+n; got != want {
				t.Errorf("%s: given name %q, want %q", n, got, want)
			}
			if readMask == "" && r.Response() != nil {
				t.Errorf("%s: a Response with an empty readMask: %v", n, r.Response())
			}
			if readMask != "" {
				checkResponse(t, Request{PersonFields: readMask}, r)
			}
		}
	}
}

func TestBatchUpdateContactsErrors(t *testing.T) {
	t.Parallel()
	store, lookup := batchStore()
	good, _ := Read(store["people/c1"], "", nil)
	token := `{"etag": "` + good.GetEtag() + `"}`
	const docs = "https://developers.google.com/people/api/rest/v1/people/batchUpdateContacts."
	tests := []struct {
		name       string
		req        BatchUpdateRequest
		wantKind   apierror.Kind
		wantMsg    string
		wantField  string
		wantFailed []string // the contacts of a *BatchError
	}{
		{"no updateMask", BatchUpdateRequest{Contacts: map[string][]byte{"people/c1": []byte(token)}},
			apierror.MissingUpdateMask, "updateMask mask is required. Please specify one or more valid paths. Valid paths are documented at " + docs, "update_mask", nil},
		{"bad readMask", BatchUpdateRequest{UpdateMask: "names", ReadMask: "nope", Contacts: map[string][]byte{"people/c1": []byte(token)}},
			apierror.InvalidReadPath, `Invalid readMask mask path: "nope". Valid paths are documented at ` + docs, "read_mask", nil},
		{"bad body", BatchUpdateRequest{UpdateMask: "names", Contacts: map[string][]byte{"people/c1": []byte(`{"bogus": 1}`)}},
			apierror.UnknownBodyField, `Invalid JSON payload received. Unknown name "bogus" at 'contacts[people/c1]': Cannot find field.`, "contacts[people/c1]", nil},
		{"contacts fail one by one", BatchUpdateRequest{UpdateMask: "names", Contacts: map[string][]byte{
			"people/c1": []byte(token), "people/c2": []byte(`{"etag": "%EgQBAgMECg=="}`), "people/c3": []byte(token), "people/me": []byte(token)}},
			apierror.StalePersonEtag, "", "person.etag", []string{"people/c2", "people/c3", "people/me"}},
		{"the store's check fails a contact", BatchUpdateRequest{UpdateMask: "names", Contacts: map[string][]byte{"people/c1": []byte(token)},
			Check: func(stored, next *person.Person) error {
				if stored.GetResourceName() != next.GetResourceName() {
					return errors.New("check called with two contacts")
				}
				return apierror.NewSystemGroup("contactGroups/family")
			}},
			apierror.SystemGroup, `Cannot add a contact to the system contact group "contactGroups/family".`, "", []string{"people/c1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			before := proto.Clone(store["people/c1"])
			res, err := BatchUpdateContacts(tt.req, lookup)
			if res != nil || !errors.Is(err, tt.wantKind) {
				t.Fatalf("BatchUpdateContacts() = %v, %v; want a %v error", res, err, tt.wantKind)
			}
			var e *apierror.Error
			errors.As(err, &e)
			if tt.wantMsg != "" && e.Message != tt.wantMsg {
				t.Errorf("message = %q, want %q", e.Message, tt.wantMsg)
			}
			if got := e.Field(); got != tt.wantField {
				t.Errorf("field = %q, want %q", got, tt.wantField)
			}
			var be *BatchError
			if errors.As(err, &be) != (tt.wantFailed != nil) {
				t.Fatalf("error %T, want a *BatchError: %v", err, tt.wantFailed != nil)
			}
			if be != nil {
				var got []string
				for _, f := range be.Failures {
					got = append(got, f.ResourceName)
				}
				if diff := cmp.Diff(tt.wantFailed, got); diff != "" {
					t.Errorf("failed contacts mismatch (-want +got):\n%s", diff)
				}
				if be.Error() != e.Error() {
					t.Errorf("Error() = %q, want the first failure's %q", be.Error(), e.Error())
				}
			}
			if !proto.Equal(before, store["people/c1"]) {
				t.Errorf("the stored contact changed")
			}
		})
	}
}

func TestBatchUpdateContactsCheckError(t *testing.T) {
	t.Parallel()
	store, lookup := batchStore()
	good, _ := Read(store["people/c1"], "", nil)
	errStore := errors.New("store failure")
	res, err := BatchUpdateContacts(BatchUpdateRequest{
		UpdateMask: "names",
		Contacts:   map[string][]byte{"people/c1": []byte(`{"etag": "` + good.GetEtag() + `"}`)},
		Check:      func(_, _ *person.Person) error { return errStore },
	}, lookup)
	if res != nil || err != errStore {
		t.Errorf("BatchUpdateContacts() = %v, %v; want the Check's own error", res, err)
	}
}
