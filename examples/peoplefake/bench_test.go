// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"google.golang.org/protobuf/encoding/protojson"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// typicalBody is a typical updateContact body: the etag, a name, two email
// addresses and a phone number, as a client sends them after a get.
const typicalBody = `{"etag":%q,"names":[{"givenName":"Margaret","familyName":"Chen","displayName":"Margaret Chen"}],` +
	`"emailAddresses":[{"value":"margaret.chen@example.com","type":"work"},{"value":"mchen@example.net","type":"home"}],` +
	`"phoneNumbers":[{"value":"+1 415-555-0132","type":"mobile"}]}`

// typicalTarget is the URL of the typical update.
const typicalTarget = "/v1/" + peoplefake.SampleName + ":updateContact?updatePersonFields=names,emailAddresses,phoneNumbers&prettyPrint=false"

// topEtag returns the top-level etag of a compact Person answer, which comes
// first after resourceName.
func topEtag(b []byte) string {
	key := []byte(`"etag":"`)
	i := bytes.Index(b, key)
	if i < 0 {
		return ""
	}
	b = b[i+len(key):]
	return string(b[:bytes.IndexByte(b, '"')])
}

// BenchmarkFakeUpdateContact measures one updateContact through the handler,
// in-process: routing, the body, the library call, the store and the answer.
func BenchmarkFakeUpdateContact(b *testing.B) {
	b.Run("typical", func(b *testing.B) {
		srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/"+peoplefake.SampleName+"?personFields=names&prettyPrint=false", nil))
		etag := topEtag(rec.Body.Bytes())
		b.ReportAllocs()
		for b.Loop() {
			req := httptest.NewRequest(http.MethodPatch, typicalTarget, bytes.NewReader(fmt.Appendf(nil, typicalBody, etag)))
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				b.Fatalf("%d %s", rec.Code, rec.Body)
			}
			etag = topEtag(rec.Body.Bytes())
		}
	})
}

// BenchmarkProtojsonRoundTrip is the floor BenchmarkFakeUpdateContact stands
// on: protojson unmarshalling the same request body and marshalling the same
// response, nothing else.
func BenchmarkProtojsonRoundTrip(b *testing.B) {
	b.Run("typical", func(b *testing.B) {
		srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/"+peoplefake.SampleName+"?personFields=names&prettyPrint=false", nil))
		body := fmt.Appendf(nil, typicalBody, topEtag(rec.Body.Bytes()))
		rec = httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodPatch, typicalTarget, bytes.NewReader(body)))
		var resp person.Person
		if err := protojson.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			var req person.Person
			if err := protojson.Unmarshal(body, &req); err != nil {
				b.Fatal(err)
			}
			if _, err := protojson.Marshal(&resp); err != nil {
				b.Fatal(err)
			}
		}
	})
}
