// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"testing"

	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// encoded returns a 2×2 image in a format, base64.
func encoded(t *testing.T, format string) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	var b bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&b, img)
	case "jpeg":
		err = jpeg.Encode(&b, img, nil)
	case "gif":
		err = gif.Encode(&b, img, nil)
	default:
		b.WriteString(format)
	}
	if err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// fetch gets a photo URL through the fake's in-process client.
func fetch(t *testing.T, srv *peoplefake.Server, url string) (int, string, []byte) {
	t.Helper()
	resp, err := srv.Client("").Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

func TestContactPhoto(t *testing.T) {
	srv, svc := newFake(t)
	p, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "Pic"}}}).PersonFields("photos").Do()
	if err != nil {
		t.Fatalf("CreateContact: %v", err)
	}
	if len(p.Photos) != 1 || !p.Photos[0].Default || p.Photos[0].Metadata.Source.Type != "CONTACT" {
		t.Fatalf("new contact's photos: %+v", p.Photos)
	}
	if code, ctype, _ := fetch(t, srv, p.Photos[0].Url); code != 200 || ctype != "image/png" {
		t.Errorf("placeholder: %d %s", code, ctype)
	}

	for _, format := range []string{"png", "jpeg"} {
		t.Run(format, func(t *testing.T) {
			before := srv.Person(peoplefake.DefaultUser, p.ResourceName)
			data := encoded(t, format)
			resp, err := svc.People.UpdateContactPhoto(p.ResourceName, &people.UpdateContactPhotoRequest{PhotoBytes: data, PersonFields: "photos"}).Do()
			if err != nil {
				t.Fatalf("UpdateContactPhoto: %v", err)
			}
			ph := resp.Person.Photos
			if len(ph) != 1 || ph[0].Default || !ph[0].Metadata.Primary {
				t.Fatalf("photos %+v", ph)
			}
			code, ctype, got := fetch(t, srv, ph[0].Url)
			if want, _ := base64.StdEncoding.DecodeString(data); code != 200 || ctype != "image/"+format || !bytes.Equal(got, want) {
				t.Errorf("fetched %d %s, %d bytes: want the uploaded ones", code, ctype, len(got))
			}
			after := srv.Person(peoplefake.DefaultUser, p.ResourceName)
			if after.ContactSource().GetEtag() == before.ContactSource().GetEtag() ||
				!after.ContactSource().GetUpdateTime().AsTime().After(before.ContactSource().GetUpdateTime().AsTime()) {
				t.Error("updateContactPhoto did not move the source etag and updateTime")
			}
		})
	}
	// Without personFields, no person.
	resp, err := svc.People.UpdateContactPhoto(p.ResourceName, &people.UpdateContactPhotoRequest{PhotoBytes: encoded(t, "png")}).Do()
	if err != nil || resp.Person != nil {
		t.Errorf("without personFields: %+v, %v", resp, err)
	}
	old := srv.Person(peoplefake.DefaultUser, p.ResourceName).GetPhotos()[0].GetUrl()

	del, err := svc.People.DeleteContactPhoto(p.ResourceName).PersonFields("photos").Do()
	if err != nil {
		t.Fatalf("DeleteContactPhoto: %v", err)
	}
	if len(del.Person.Photos) != 1 || !del.Person.Photos[0].Default {
		t.Errorf("after delete: %+v", del.Person.Photos)
	}
	if code, _, _ := fetch(t, srv, old); code != http.StatusNotFound {
		t.Errorf("the deleted photo's URL answers %d, want 404", code)
	}

	tests := []struct {
		name string
		call func() error
		want apiError
	}{
		{"gif", func() error {
			_, err := svc.People.UpdateContactPhoto(p.ResourceName, &people.UpdateContactPhotoRequest{PhotoBytes: encoded(t, "gif")}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid photo: the photo must be a JPEG or PNG image."}},
		{"not an image", func() error {
			_, err := svc.People.UpdateContactPhoto(p.ResourceName, &people.UpdateContactPhotoRequest{PhotoBytes: encoded(t, "hello")}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid photo: the photo must be a JPEG or PNG image."}},
		{"no bytes", func() error {
			_, err := svc.People.UpdateContactPhoto(p.ResourceName, &people.UpdateContactPhotoRequest{}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", "Invalid photo: the photo must be a JPEG or PNG image."}},
		{"missing contact", func() error {
			_, err := svc.People.UpdateContactPhoto("people/c404", &people.UpdateContactPhotoRequest{PhotoBytes: encoded(t, "png")}).Do()
			return err
		}, apiError{404, "NOT_FOUND", "notFound", msgNotFound}},
		{"bad personFields", func() error {
			_, err := svc.People.UpdateContactPhoto(p.ResourceName, &people.UpdateContactPhotoRequest{PhotoBytes: encoded(t, "png"), PersonFields: "nope"}).Do()
			return err
		}, apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid personFields mask path: "nope".` + docs + "people/updateContactPhoto."}},
		{"delete: missing contact", func() error { _, err := svc.People.DeleteContactPhoto("people/c404").Do(); return err },
			apiError{404, "NOT_FOUND", "notFound", msgNotFound}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantError(t, tt.call(), tt.want) })
	}
	raw := do(t, srv, "PATCH", "/v1/"+p.ResourceName+":updateContactPhoto", `{"photoBytes":"!!"}`)
	if e, _ := parseEnvelope(t, raw.body); e.Code != 400 || e.Status != "INVALID_ARGUMENT" {
		t.Errorf("bad base64: %+v", e)
	}
}
