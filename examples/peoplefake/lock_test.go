// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/person"
)

// serve sends one request as the holder of token and returns the recorder.
func serve(s *Server, method, target, token, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Header.Set("Authorization", "Bearer "+token)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// TestUserLocksIndependent holds alice's lock, by a hook of her batch
// update that waits, and has bob read and write meanwhile: bob's requests
// complete while alice's lock is still held, which one lock for all users
// would not allow.
func TestUserLocksIndependent(t *testing.T) {
	s := New(WithToken("ta", "alice"), WithToken("tb", "bob"),
		WithUserPeople("alice", Sample()), WithUserPeople("bob", Sample()))
	photoURL := uploadPhoto(t, s, "tb")
	held, release := make(chan struct{}), make(chan struct{})
	s.hookLocked = func(user string) {
		if user == "alice" {
			close(held)
			<-release
		}
	}
	done := make(chan int)
	go func() {
		w := serve(s, http.MethodPost, "/v1/people:batchUpdateContacts", "ta",
			`{"contacts": {"`+SampleName+`": {"etag": "x"}}, "updateMask": "names"}`)
		done <- w.Code
	}()
	<-held // alice's write holds her lock, and waits
	if w := serve(s, http.MethodGet, "/v1/"+SampleName+"?personFields=names", "tb", ""); w.Code != http.StatusOK {
		t.Errorf("bob's get while alice's lock is held: %d %s", w.Code, w.Body)
	}
	if w := serve(s, http.MethodGet, "/v1/people/me/connections?personFields=names", "tb", ""); w.Code != http.StatusOK {
		t.Errorf("bob's list while alice's lock is held: %d %s", w.Code, w.Body)
	}
	if w := serve(s, http.MethodGet, photoURL, "", ""); w.Code != http.StatusOK {
		t.Errorf("bob's photo while alice's lock is held: %d", w.Code)
	}
	for _, target := range []string{
		"/v1/people/me?personFields=names",
		"/v1/people/me/connections?personFields=names&requestSyncToken=true",
		"/v1/people:searchContacts?query=&readMask=names",
		"/v1/people:searchContacts?query=sam&readMask=names",
		"/v1/otherContacts?readMask=names&requestSyncToken=true",
		"/v1/otherContacts:search?query=o&readMask=names",
		"/v1/people:listDirectoryPeople?readMask=names&sources=DIRECTORY_SOURCE_TYPE_DOMAIN_PROFILE&mergeSources=DIRECTORY_MERGE_SOURCE_TYPE_CONTACT",
		"/v1/contactGroups",
		"/peoplefake/admin/export?user=bob",
	} {
		if w := serve(s, http.MethodGet, target, "tb", ""); w.Code != http.StatusOK {
			t.Errorf("bob's GET %s while alice's lock is held: %d %s", target, w.Code, w.Body)
		}
	}
	s.hookLocked = nil // bob's write below must not wait on the hook's channels; alice is past it
	if w := serve(s, http.MethodPost, "/v1/people:createContact", "tb", `{"names": [{"givenName": "Bob"}]}`); w.Code != http.StatusOK {
		t.Errorf("bob's create while alice's lock is held: %d %s", w.Code, w.Body)
	}
	if w := serve(s, http.MethodPost, "/peoplefake/admin/reset?user=bob", "", ""); w.Code != http.StatusOK {
		t.Errorf("bob's reset while alice's lock is held: %d %s", w.Code, w.Body)
	}
	select {
	case code := <-done:
		t.Fatalf("alice's batch answered %d before her hook let it go", code)
	default: // still held: bob's requests overlapped it
	}
	close(release)
	if code := <-done; code != http.StatusBadRequest { // the stale etag "x"
		t.Errorf("alice's batch: %d, want 400", code)
	}
}

// TestCommitFailureKeepsNothing fails the commit of an update: the answer is
// 500, neither memory nor disk keeps the change, and the etag the client
// holds still works once commits succeed again.
func TestCommitFailureKeepsNothing(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(WithDataDir(dir), WithPeople(Sample()))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := s.Person(DefaultUser, SampleName)
	s.data.hookCommit = func(string) error { return errors.New("disk full") }
	got := serve(s, http.MethodGet, "/v1/"+SampleName+"?personFields=names", "", "")
	var read struct{ Etag string }
	if err := json.Unmarshal(got.Body.Bytes(), &read); err != nil || read.Etag == "" {
		t.Fatalf("get: %d %s", got.Code, got.Body)
	}
	body := `{"etag": "` + read.Etag + `", "names": [{"givenName": "Changed"}]}`
	w := serve(s, http.MethodPatch, "/v1/"+SampleName+":updateContact?updatePersonFields=names", "", body)
	if w.Code != http.StatusInternalServerError {
		t.Fatalf("update with a failing commit: %d %s, want 500", w.Code, w.Body)
	}
	if got := s.Person(DefaultUser, SampleName); !samePerson(before, got) {
		t.Errorf("after the failed commit the store holds\n%v\nwant\n%v", got, before)
	}
	w = serve(s, http.MethodPost, "/v1/people:createContact", "", `{"names": [{"givenName": "Lost"}]}`)
	if w.Code != http.StatusInternalServerError || len(s.People(DefaultUser)) != 1 {
		t.Errorf("create with a failing commit: %d, %d people; want 500, 1", w.Code, len(s.People(DefaultUser)))
	}
	s.data.hookCommit = nil
	if w := serve(s, http.MethodPatch, "/v1/"+SampleName+":updateContact?updatePersonFields=names", "", body); w.Code != http.StatusOK {
		t.Errorf("the same update once commits work: %d %s", w.Code, w.Body)
	}
}

// uploadPhoto uploads a photo of the sample contact as the holder of token
// and returns the path of its URL.
func uploadPhoto(t *testing.T, s *Server, token string) string {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	w := serve(s, http.MethodPatch, "/v1/"+SampleName+":updateContactPhoto", token,
		`{"photoBytes": "`+base64.StdEncoding.EncodeToString(b.Bytes())+`", "personFields": "photos"}`)
	var resp struct {
		Person struct{ Photos []struct{ URL string } }
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || len(resp.Person.Photos) == 0 {
		t.Fatalf("updateContactPhoto: %d %s", w.Code, w.Body)
	}
	u := resp.Person.Photos[0].URL
	return u[strings.Index(u, photoPath):]
}

// samePerson reports whether two stored records are equal.
func samePerson(a, b *person.Person) bool {
	x, err1 := person.Marshal(a)
	y, err2 := person.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}
