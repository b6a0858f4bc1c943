// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"
)

func TestMarshal(t *testing.T) {
	tests := []struct {
		desc string
		in   *person.Person
		want string
	}{
		{"nil", nil, `{}`},
		{"empty", &person.Person{}, `{}`},
		{"zero values left out", &person.Person{
			AgeRange:    person.Person_AGE_RANGE_UNSPECIFIED,
			Nicknames:   []*person.Nickname{{Type: person.Nickname_DEFAULT, Value: "Bo"}},
			Birthdays:   []*person.Birthday{{Date: &person.Date{Year: 0, Month: 7, Day: 0}}},
			Biographies: []*person.Biography{},
			Metadata:    &person.PersonMetadata{Deleted: false},
		}, `{"metadata":{},"birthdays":[{"date":{"month":7}}],"nicknames":[{"value":"Bo"}]}`},
		{"declaration order", &person.Person{
			Urls:         []*person.Url{{Value: "u"}},
			Addresses:    []*person.Address{{City: "c"}},
			Etag:         "e",
			ResourceName: "people/c1",
		}, `{"resourceName":"people/c1","etag":"e","addresses":[{"city":"c"}],"urls":[{"value":"u"}]}`},
		{"enums", &person.Person{
			AgeRange:  person.Person_LESS_THAN_EIGHTEEN,
			Nicknames: []*person.Nickname{{Type: person.Nickname_SHORT_NAME}, {Type: 42}},
			Metadata:  &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, ProfileMetadata: &person.ProfileMetadata{UserTypes: []person.ProfileMetadata_UserType{0, 3}}}}},
		}, `{"metadata":{"sources":[{"type":"CONTACT","profileMetadata":{"userTypes":["USER_TYPE_UNKNOWN","GOOGLE_APPS_USER"]}}]},"ageRange":"LESS_THAN_EIGHTEEN","nicknames":[{"type":"SHORT_NAME"},{"type":42}]}`},
		{"numbers and booleans", &person.Person{
			Organizations: []*person.Organization{{Current: true, FullTimeEquivalentMillipercent: -2147483648, EndDate: &person.Date{Year: 2009, Month: 6, Day: 30}}},
		}, `{"organizations":[{"current":true,"endDate":{"year":2009,"month":6,"day":30},"fullTimeEquivalentMillipercent":-2147483648}]}`},
		{"timestamps", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212, Nanos: 118000000}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212, Nanos: 118204000}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212, Nanos: 1}},
			{UpdateTime: &timestamppb.Timestamp{}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: -62135596800}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 253402300799, Nanos: 999999999}},
		}}}, `{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12Z"},{"updateTime":"2024-11-02T17:40:12.118Z"},{"updateTime":"2024-11-02T17:40:12.118204Z"},{"updateTime":"2024-11-02T17:40:12.000000001Z"},{"updateTime":"1970-01-01T00:00:00Z"},{"updateTime":"0001-01-01T00:00:00Z"},{"updateTime":"9999-12-31T23:59:59.999999999Z"}]}}`},
		{"escapes", &person.Person{Etag: "\"\\/\b\f\n\r\t\x00\x1f\x7f&'<=>é€😀\u0085\u00ad\u200b\u2028\u2029\ufeff\ufffd"},
			`{"etag":"\"\\/\b\f\n\r\t\u0000\u001f\u007f\u0026\u0027\u003c\u003d\u003eé€😀\u0085\u00ad\u200b\u2028\u2029\ufeff` + "\ufffd" + `"}`},
		{"URL as Google writes it", &person.Person{Photos: []*person.Photo{{Url: "https://lh3.googleusercontent.com/a/x=s100?a=1&b=2"}}},
			`{"photos":[{"url":"https://lh3.googleusercontent.com/a/x\u003ds100?a\u003d1\u0026b\u003d2"}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := person.Marshal(tc.in)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("Marshal mismatch (-want +got):\n%s", diff)
			}
			if !json.Valid(got) {
				t.Errorf("Marshal output is not valid JSON: %s", got)
			}
			back, err := person.Unmarshal(got)
			if err != nil {
				t.Fatalf("Unmarshal(Marshal(p)): %v", err)
			}
			want := tc.in
			if want == nil {
				want = &person.Person{}
			}
			if diff := cmp.Diff(want, back, protocmp.Transform()); diff != "" {
				t.Errorf("Unmarshal(Marshal(p)) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMarshalIndent(t *testing.T) {
	p := &person.Person{
		ResourceName: "people/c1",
		Metadata:     &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, Id: "1"}}},
		Names:        []*person.Name{{GivenName: "Ada", Metadata: &person.FieldMetadata{}}, {FamilyName: "Lovelace"}},
	}
	want := `{
  "resourceName": "people/c1",
  "metadata": {
    "sources": [
      {
        "type": "CONTACT",
        "id": "1"
      }
    ]
  },
  "names": [
    {
      "metadata": {},
      "givenName": "Ada"
    },
    {
      "familyName": "Lovelace"
    }
  ]
}
`
	got, err := person.MarshalIndent(p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("MarshalIndent mismatch (-want +got):\n%s", diff)
	}
	got, err = person.MarshalIndent(nil)
	if err != nil || string(got) != "{}\n" {
		t.Errorf("MarshalIndent(nil) = %q, %v; want %q", got, err, "{}\n")
	}
}

func TestMarshalErrors(t *testing.T) {
	tests := []struct {
		desc string
		in   *person.Person
		want string
	}{
		{"invalid UTF-8", &person.Person{Names: []*person.Name{{GivenName: "Zo\xeb"}}}, "person: field peopleupdate.person.Name.given_name holds a string that is not valid UTF-8"},
		{"timestamp before year 1", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{UpdateTime: &timestamppb.Timestamp{Seconds: -62135596801}}}}}, "person: field peopleupdate.person.Source.update_time holds a timestamp outside years 1 to 9999"},
		{"timestamp after year 9999", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{UpdateTime: &timestamppb.Timestamp{Seconds: 253402300800}}}}}, "person: field peopleupdate.person.Source.update_time holds a timestamp outside years 1 to 9999"},
		{"negative nanos", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{UpdateTime: &timestamppb.Timestamp{Nanos: -1}}}}}, "person: field peopleupdate.person.Source.update_time holds a timestamp outside years 1 to 9999"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			for _, marshal := range []func(*person.Person) ([]byte, error){person.Marshal, person.MarshalIndent} {
				b, err := marshal(tc.in)
				if err == nil {
					t.Fatalf("Marshal = %s, want error %q", b, tc.want)
				}
				if err.Error() != tc.want {
					t.Errorf("Marshal error = %q, want %q", err, tc.want)
				}
			}
		})
	}
}

// TestMarshalDeterministic checks that equal persons give the same bytes, built
// in another order or cloned.
func TestMarshalDeterministic(t *testing.T) {
	p, err := person.Unmarshal(readFile(t, fixturePath))
	if err != nil {
		t.Fatal(err)
	}
	first, err := person.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		q := proto.Clone(p).(*person.Person)
		b, err := person.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, b) {
			t.Fatalf("Marshal gave different bytes for equal persons:\n%s\n%s", first, b)
		}
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, first); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(compact.Bytes(), first) {
		t.Errorf("Marshal output is not compact:\n%s", first)
	}
}
