// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	people "google.golang.org/api/people/v1"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
	"github.com/peopleupdate/peopleupdate/person"
)

// openDir opens a fake on dir and a client reaching it in-process.
func openDir(t *testing.T, dir string, opts ...peoplefake.Option) (*peoplefake.Server, *people.Service) {
	t.Helper()
	srv, err := peoplefake.Open(append([]peoplefake.Option{peoplefake.WithDataDir(dir), peoplefake.WithClock(steppingClock())}, opts...)...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	svc, err := fakeclient.Service(context.Background(), srv)
	if err != nil {
		t.Fatal(err)
	}
	return srv, svc
}

// TestDataDirResumes writes contacts, a group and a photo, closes the fake
// and opens another on the same directory: it holds the same records, an
// etag issued before the restart still updates, the seeds are not planted
// again, and a new contact takes no id used before.
func TestDataDirResumes(t *testing.T) {
	dir := t.TempDir()
	srv, svc := openDir(t, dir, peoplefake.WithPeople(peoplefake.Sample()))
	if srv.Resumed() {
		t.Error("a new directory: Resumed() = true")
	}
	used := map[string]bool{peoplefake.SampleName: true}
	var last *people.Person
	for _, given := range []string{"Ada", "Grace", "Edsger"} {
		p, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: given}}}).PersonFields("names").Do()
		if err != nil {
			t.Fatalf("CreateContact: %v", err)
		}
		used[p.ResourceName] = true
		last = p
	}
	if _, err := svc.People.DeleteContact(last.ResourceName).Do(); err != nil {
		t.Fatalf("DeleteContact: %v", err)
	}
	delete(used, last.ResourceName)
	used[last.ResourceName] = true // a deleted contact's id is not handed out again either
	g, err := svc.ContactGroups.Create(&people.CreateContactGroupRequest{ContactGroup: &people.ContactGroup{Name: "Friends of Ada"}}).Do()
	if err != nil {
		t.Fatalf("create group: %v", err)
	}
	photo := encoded(t, "png")
	if _, err := svc.People.UpdateContactPhoto(peoplefake.SampleName, &people.UpdateContactPhotoRequest{PhotoBytes: photo}).Do(); err != nil {
		t.Fatalf("UpdateContactPhoto: %v", err)
	}
	sample, err := svc.People.Get(peoplefake.SampleName).PersonFields("names,photos").Do()
	if err != nil {
		t.Fatal(err)
	}
	wantPeople := srv.People(peoplefake.DefaultUser)
	if err := srv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	srv2, svc2 := openDir(t, dir, peoplefake.WithPeople(peoplefake.Sample()), peoplefake.WithContacts(&person.Person{Names: []*person.Name{{GivenName: "Seed"}}}))
	defer srv2.Close()
	if !srv2.Resumed() {
		t.Error("a directory with state: Resumed() = false")
	}
	if diff := cmp.Diff(wantPeople, srv2.People(peoplefake.DefaultUser), protocmp.Transform()); diff != "" {
		t.Errorf("people after the restart (-want +got):\n%s", diff)
	}
	gotGroup, err := svc2.ContactGroups.Get(g.ResourceName).Do()
	if err != nil || gotGroup.Name != "Friends of Ada" || gotGroup.Etag != g.Etag {
		t.Errorf("group after the restart: %+v, %v; want %q with etag %q", gotGroup, err, "Friends of Ada", g.Etag)
	}
	sample.Names[0].GivenName = "Resumed"
	if _, err := svc2.People.UpdateContact(peoplefake.SampleName, sample).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("update with the etag of before the restart: %v", err)
	}
	if len(sample.Photos) == 0 || !strings.Contains(sample.Photos[0].Url, "/peoplefake/photos/") {
		t.Fatalf("photos %+v", sample.Photos)
	}
	resp := do(t, srv2, "GET", sample.Photos[0].Url[strings.Index(sample.Photos[0].Url, "/peoplefake/"):], "")
	if resp.code != 200 || base64.StdEncoding.EncodeToString(resp.body) != photo {
		t.Errorf("the uploaded photo after the restart: %d, %d bytes", resp.code, len(resp.body))
	}
	for range 20 {
		p, err := svc2.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "New"}}}).Do()
		if err != nil {
			t.Fatal(err)
		}
		if used[p.ResourceName] {
			t.Fatalf("a contact made after the restart is %s, an id used before", p.ResourceName)
		}
		used[p.ResourceName] = true
	}
}

// TestDataDirBad opens fakes on directories that are not a fake's: each is
// an error naming the file, and nothing there is changed.
func TestDataDirBad(t *testing.T) {
	write := func(t *testing.T, name, data string) string {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	tests := []struct {
		name    string
		dir     func(t *testing.T) string
		wantErr string
	}{
		{"garbage data file", func(t *testing.T) string {
			return write(t, peoplefake.DataFile, strings.Repeat("not a database ", 1000))
		}, peoplefake.DataFile},
		{"short data file", func(t *testing.T) string { return write(t, peoplefake.DataFile, "x") }, peoplefake.DataFile},
		{"other files, no data file", func(t *testing.T) string { return write(t, "notes.txt", "mine") }, "not a peoplefake data directory"},
		{"truncated data file", func(t *testing.T) string {
			dir := t.TempDir()
			srv, _ := openDir(t, dir, peoplefake.WithPeople(peoplefake.Sample()))
			srv.Close()
			path := filepath.Join(dir, peoplefake.DataFile)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b[:len(b)/3], 0o644); err != nil {
				t.Fatal(err)
			}
			return dir
		}, peoplefake.DataFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir(t)
			before, _ := os.ReadFile(filepath.Join(dir, peoplefake.DataFile))
			srv, err := peoplefake.Open(peoplefake.WithDataDir(dir), peoplefake.WithPeople(peoplefake.Sample()))
			if err == nil {
				srv.Close()
				t.Fatal("Open succeeded")
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Open error %q, want one containing %q", err, tt.wantErr)
			}
			after, _ := os.ReadFile(filepath.Join(dir, peoplefake.DataFile))
			if string(before) != string(after) {
				t.Error("the data file changed")
			}
		})
	}
}

// TestDataDirInUse opens a second fake on the directory of a running one:
// an error saying so, not a second writer of the file.
func TestDataDirInUse(t *testing.T) {
	dir := t.TempDir()
	srv, _ := openDir(t, dir)
	defer srv.Close()
	if srv2, err := peoplefake.Open(peoplefake.WithDataDir(dir)); err == nil || !strings.Contains(err.Error(), "in use") {
		if err == nil {
			srv2.Close()
		}
		t.Errorf("second Open: %v, want an error saying the file is in use", err)
	}
}
