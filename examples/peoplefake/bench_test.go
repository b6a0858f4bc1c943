// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime/debug"
	"sync"
	"testing"

	"google.golang.org/protobuf/encoding/protojson"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/internal/cputime"
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
		benchUpdate(b, peoplefake.New(peoplefake.WithPeople(peoplefake.Sample())))
	})
	// durable: the same with a data directory, each update committed and
	// synced to disk before its answer (the cost of -data).
	b.Run("durable", func(b *testing.B) {
		srv, err := peoplefake.Open(peoplefake.WithPeople(peoplefake.Sample()), peoplefake.WithDataDir(b.TempDir()))
		if err != nil {
			b.Fatal(err)
		}
		defer srv.Close()
		benchUpdate(b, srv)
	})
}

// benchUpdate runs the typical update of the sample contact against srv.
func benchUpdate(b *testing.B, srv *peoplefake.Server) {
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/"+peoplefake.SampleName+"?personFields=names&prettyPrint=false", nil))
	etag := topEtag(rec.Body.Bytes())
	cputime.Report(b)
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPatch, typicalTarget, bytes.NewReader(fmt.Appendf(nil, typicalBody, etag)))
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("%d %s", rec.Code, rec.Body)
		}
		etag = topEtag(rec.Body.Bytes())
	}
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
		cputime.Report(b)
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

// benchPeople returns n contacts in contactGroups/myContacts, and their
// resource names as a JSON list.
func benchPeople(n int) ([]*person.Person, string) {
	ps := make([]*person.Person, n)
	var names bytes.Buffer
	names.WriteByte('[')
	for i := range ps {
		id := fmt.Sprintf("%016x", i+1)
		ps[i] = &person.Person{
			ResourceName: fmt.Sprintf("people/c%d", i+1),
			Metadata:     &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, Id: id, Etag: "#AAAAAAAAAAA="}}},
			Names:        []*person.Name{{GivenName: fmt.Sprint("Given", i)}},
			Memberships:  []*person.Membership{{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/myContacts"}}},
		}
		if i > 0 {
			names.WriteByte(',')
		}
		fmt.Fprintf(&names, "%q", ps[i].ResourceName)
	}
	names.WriteByte(']')
	return ps, names.String()
}

// serve sends one request to srv and fails b unless it succeeds.
func serve(b *testing.B, srv *peoplefake.Server, method, target, body string) []byte {
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(method, target, bytes.NewReader([]byte(body))))
	if rec.Code != http.StatusOK {
		b.Fatalf("%s %s: %d %s", method, target, rec.Code, rec.Body)
	}
	return rec.Body.Bytes()
}

// BenchmarkModifyMembers measures contactGroups.members.modify adding n
// contacts to a group and removing them again (two calls per iteration): the
// time per contact stays flat from 100 to 1000.
func BenchmarkModifyMembers(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ps, names := benchPeople(n)
			srv := peoplefake.New(peoplefake.WithPeople(ps...))
			created := serve(b, srv, "POST", "/v1/contactGroups", `{"contactGroup":{"name":"Bench"}}`)
			var g struct{ ResourceName string }
			if err := json.Unmarshal(created, &g); err != nil {
				b.Fatal(err)
			}
			target := "/v1/" + g.ResourceName + "/members:modify?prettyPrint=false"
			add, remove := `{"resourceNamesToAdd":`+names+`}`, `{"resourceNamesToRemove":`+names+`}`
			cputime.Report(b)
			for b.Loop() {
				serve(b, srv, "POST", target, add)
				serve(b, srv, "POST", target, remove)
			}
		})
	}
}

// BenchmarkListGroups measures contactGroups.list with memberCount for a user
// with n contacts, all in myContacts and in one user group each of 10: the
// member counts come from the index, so the time does not grow with n.
func BenchmarkListGroups(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ps, _ := benchPeople(n)
			srv := peoplefake.New(peoplefake.WithPeople(ps...))
			var groups []string
			for i := range 10 {
				var g struct{ ResourceName string }
				if err := json.Unmarshal(serve(b, srv, "POST", "/v1/contactGroups", fmt.Sprintf(`{"contactGroup":{"name":"G%d"}}`, i)), &g); err != nil {
					b.Fatal(err)
				}
				groups = append(groups, g.ResourceName)
			}
			for i, p := range ps {
				serve(b, srv, "POST", "/v1/"+groups[i%10]+"/members:modify", `{"resourceNamesToAdd":["`+p.GetResourceName()+`"]}`)
			}
			cputime.Report(b)
			for b.Loop() {
				serve(b, srv, "GET", "/v1/contactGroups?groupFields=name,memberCount,metadata,groupType&prettyPrint=false", "")
			}
		})
	}
}

// BenchmarkFieldsFilter lists 1000 contacts with and without a partial
// response selector: the cost of the fields filter.
func BenchmarkFieldsFilter(b *testing.B) {
	ps, _ := benchPeople(1000)
	srv := peoplefake.New(peoplefake.WithPeople(ps...))
	const list = "/v1/people/me/connections?personFields=names,emailAddresses&pageSize=1000&prettyPrint=false"
	for _, fields := range []string{"", "connections(resourceName,names/givenName),totalPeople"} {
		b.Run(fmt.Sprintf("fields=%q", fields), func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				serve(b, srv, "GET", list+"&fields="+fields, "")
			}
		})
	}
}

// benchContact returns the i-th stored contact of a large benchmark store.
func benchContact(i int) *person.Person {
	id := fmt.Sprintf("%016x", i+1)
	md := func() *person.FieldMetadata {
		return &person.FieldMetadata{Source: &person.Source{Type: person.Source_CONTACT, Id: id}}
	}
	given := benchGiven[i%len(benchGiven)]
	family := fmt.Sprintf("Fam%d", i)
	return &person.Person{
		ResourceName: fmt.Sprintf("people/c%d", i+1),
		Etag:         "%EgUBAgMELhoEAQIFByIMYzNwT1QwY2VXb1E9",
		Metadata: &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, Id: id, Etag: "#c3pOT0ceWoQ="}},
			ObjectType: person.PersonMetadata_PERSON},
		Names:          []*person.Name{{Metadata: md(), GivenName: given, FamilyName: family, DisplayName: given + " " + family}},
		EmailAddresses: []*person.EmailAddress{{Metadata: md(), Value: fmt.Sprintf("%s.%d@example.com", given, i)}},
		PhoneNumbers:   []*person.PhoneNumber{{Metadata: md(), Value: fmt.Sprintf("+1 415-%03d-%04d", i/10000%1000, i%10000)}},
	}
}

var benchGiven = []string{"Ada", "Alan", "Barbara", "Claude", "Donald", "Edsger", "Frances", "Grace", "John", "Ken",
	"Leslie", "Margaret", "Niklaus", "Radia", "Robin", "Shafi", "Tim", "Tony", "Vint", "Whitfield"}

// benchStores caches the large stores of the benchmarks by size: each is
// built once per process, directly, without requests.
var benchStores sync.Map

func benchStore(n int) *peoplefake.Server {
	if s, ok := benchStores.Load(n); ok {
		return s.(*peoplefake.Server)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	srv := peoplefake.New()
	ps := make([]*person.Person, n)
	for i := range ps {
		ps[i] = benchContact(i)
	}
	srv.StoreAll(peoplefake.DefaultUser, ps)
	benchStores.Store(n, srv)
	return srv
}

// BenchmarkIncrementalSync measures an incremental people.connections.list
// after 10 changes: its cost follows the changes, not the store's size.
func BenchmarkIncrementalSync(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("contacts=%d", n), func(b *testing.B) {
			srv := benchStore(n)
			tok := srv.SyncTokenNow(peoplefake.DefaultUser, "names")
			for i := range 10 {
				p := benchContact(i * (n / 10))
				p.Names[0].GivenName = "Changed"
				srv.PutUnchecked(peoplefake.DefaultUser, p)
			}
			target := "/v1/people/me/connections?personFields=names&prettyPrint=false&syncToken=" + url.QueryEscape(tok)
			cputime.Report(b)
			for b.Loop() {
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
				if rec.Code != http.StatusOK || !bytes.Contains(rec.Body.Bytes(), []byte(`"nextSyncToken"`)) {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkSearchContacts measures one people.searchContacts over a store of
// 100 000 contacts, after the warm-up that builds the index.
func BenchmarkSearchContacts(b *testing.B) {
	srv := benchStore(100000)
	get := func(q string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/people:searchContacts?readMask=names&prettyPrint=false&query="+url.QueryEscape(q), nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("%d %s", rec.Code, rec.Body)
		}
		return rec
	}
	get("") // the warm-up
	queries := []string{"ada", "grace fam7", "fam12345", "415-001", "margaret.4"}
	for _, q := range queries {
		if !bytes.Contains(get(q).Body.Bytes(), []byte(`"results"`)) {
			b.Fatalf("query %q found nothing", q)
		}
	}
	cputime.Report(b)
	i := 0
	for b.Loop() {
		get(queries[i%len(queries)])
		i++
	}
}
