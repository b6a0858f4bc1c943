// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// storedContact returns the contact a store holds: Margaret Chen, with one
// email address, in My Contacts.
func storedContact() *person.Person {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221"}
	item := func(primary bool) *person.FieldMetadata {
		return &person.FieldMetadata{Primary: primary, SourcePrimary: primary, Source: contact}
	}
	return &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{
			Sources: []*person.Source{{
				Type:       person.Source_CONTACT,
				Id:         "38ad74eb0f67d221",
				Etag:       "#vmL7ePGYhLw=",
				UpdateTime: timestamppb.New(time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)),
			}},
			ObjectType: person.PersonMetadata_PERSON,
		},
		Names: []*person.Name{{
			Metadata:   item(true),
			GivenName:  "Margaret",
			FamilyName: "Chen",
		}},
		EmailAddresses: []*person.EmailAddress{{
			Metadata: item(true),
			Value:    "margaret.chen@example.com",
			Type:     "work",
		}},
		Memberships: []*person.Membership{{
			Metadata: &person.FieldMetadata{Source: contact},
			ContactGroupMembership: &person.ContactGroupMembership{
				ContactGroupId:           "myContacts",
				ContactGroupResourceName: "contactGroups/myContacts",
			},
		}},
	}
}

// clock is the fixed clock of the examples; a server passes time.Now.
func clock() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }

// A client reads a contact, then sends its etag back with the change: the
// contact's email addresses are replaced by the request's, and the server
// computes the values the client did not send.
func ExampleUpdateContact() {
	stored := storedContact()

	// The client's read gives it the etag to send back.
	read, err := peopleupdate.Read(stored, "emailAddresses", nil)
	if err != nil {
		panic(err)
	}
	body := fmt.Sprintf(`{
		"etag": %q,
		"emailAddresses": [
			{"value": "margaret@chen-family.example", "type": "home"},
			{"value": "m.chen@northwind.example", "type": "work", "metadata": {"sourcePrimary": true}}
		]
	}`, read.GetEtag())

	res, err := peopleupdate.Options{Clock: clock}.UpdateContact(stored, peopleupdate.Request{
		ResourceName:       "people/c4084048990019506721",
		UpdatePersonFields: "emailAddresses",
		PersonFields:       "emailAddresses",
		Body:               []byte(body),
	})
	if err != nil {
		panic(err)
	}

	// The store keeps res.Stored; the client gets res.Response().
	for _, e := range res.Response().GetEmailAddresses() {
		fmt.Printf("%s (%s) primary=%v\n", e.GetValue(), e.GetFormattedType(), e.GetMetadata().GetPrimary())
	}
	fmt.Println("updated at", res.Stored.ContactSource().GetUpdateTime().AsTime())
	fmt.Println("new etag:", res.Response().GetEtag() != read.GetEtag())
	// Output:
	// margaret@chen-family.example (Home) primary=false
	// m.chen@northwind.example (Work) primary=true
	// updated at 2026-11-26 12:00:00 +0000 UTC
	// new etag: true
}

// An update that sends the etag of a state the contact has since left fails
// with FAILED_PRECONDITION; the client re-reads and tries again. errors.Is
// tells the failure by its sentinel, errors.As gives the details.
func ExampleUpdateContact_staleEtag() {
	stored := storedContact()
	read, _ := peopleupdate.Read(stored, "", nil)
	req := peopleupdate.Request{
		ResourceName:       "people/c4084048990019506721",
		UpdatePersonFields: "names",
		Body:               []byte(fmt.Sprintf(`{"etag": %q, "names": [{"givenName": "Maggie", "familyName": "Chen"}]}`, read.GetEtag())),
	}

	// A first update succeeds: the contact moves on.
	res, err := peopleupdate.Options{Clock: clock}.UpdateContact(stored, req)
	if err != nil {
		panic(err)
	}
	stored = res.Stored

	// The same request again carries an etag that is no longer current.
	_, err = peopleupdate.Options{Clock: clock}.UpdateContact(stored, req)
	fmt.Println(errors.Is(err, apierror.StalePersonEtag))
	var apiErr *apierror.Error
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.Code, apiErr.Status, apiErr.Reason)
		fmt.Println(apiErr.Message)
	}
	// Output:
	// true
	// 400 FAILED_PRECONDITION failedPrecondition
	// Request person.etag is different than the current person.etag. Clear local cache and get the latest person.
}

// names, birthdays, biographies and genders hold at most one item of the
// contact source: two names are rejected, and nothing is changed.
func ExampleUpdateContact_singleton() {
	stored := storedContact()
	read, _ := peopleupdate.Read(stored, "", nil)
	_, err := peopleupdate.UpdateContact(stored, peopleupdate.Request{
		ResourceName:       "people/c4084048990019506721",
		UpdatePersonFields: "names",
		Body: []byte(fmt.Sprintf(`{"etag": %q, "names": [
			{"givenName": "Margaret", "familyName": "Chen"},
			{"givenName": "Maggie", "familyName": "Chen"}
		]}`, read.GetEtag())),
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, apierror.SingletonViolation))
	fmt.Println(stored.GetNames()[0].GetGivenName())
	// Output:
	// Error 400: Cannot have more than one person.names per source., badRequest
	// true
	// Margaret
}

// A server answers a failed call with Google's JSON error envelope, which
// Error.JSON renders; the HTTP status is the error's Code.
func ExampleUpdateContact_errorEnvelope() {
	_, err := peopleupdate.UpdateContact(storedContact(), peopleupdate.Request{
		ResourceName: "people/me",
		Body:         []byte(`{"etag": "%EgcBAj0LPzcuGgQBAgUHIgxQd05KYk5SNjIxYz0="}`),
	})
	var apiErr *apierror.Error
	if !errors.As(err, &apiErr) {
		panic(err)
	}
	fmt.Println(apiErr.Code)
	fmt.Print(string(apiErr.JSON()))
	// Output:
	// 400
	// {"error":{"code":400,"message":"Resource name \"people/me\" is not a valid contact person resource.","errors":[{"message":"Resource name \"people/me\" is not a valid contact person resource.","domain":"global","reason":"badRequest"}],"status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"resource_name","description":"Resource name \"people/me\" is not a valid contact person resource."}]}]}}
}

// Read answers a read of a stored contact: the fields of personFields, the
// items of the selected sources, and the person etag that a later update must
// send back.
func ExampleRead() {
	p, err := peopleupdate.Read(storedContact(), "names,metadata", []string{"READ_SOURCE_TYPE_CONTACT"})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.GetResourceName())
	fmt.Println(p.GetNames()[0].GetGivenName(), p.GetNames()[0].GetFamilyName())
	fmt.Println(len(p.GetEmailAddresses()), "email addresses (not in personFields)")
	fmt.Println(p.GetMetadata().GetSources()[0].GetType())
	fmt.Println("etag:", p.GetEtag()[:1])

	_, err = peopleupdate.Read(nil, "names", nil)
	fmt.Println(err)
	// Output:
	// people/c4084048990019506721
	// Margaret Chen
	// 0 email addresses (not in personFields)
	// CONTACT
	// etag: %
	// Error 404: Requested entity was not found., notFound
}

// Create a contact: the store names it, the library does the rest.
func ExampleOptions_CreateContact() {
	clock := func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }
	res, err := peopleupdate.Options{Clock: clock}.CreateContact(peopleupdate.CreateRequest{
		PersonFields: "names,memberships",
		Body:         []byte(`{"names": [{"givenName": "Ada", "familyName": "Lovelace"}]}`),
		Allocate: func() (string, string, error) {
			return "people/c1", "0000000000000001", nil // the store's next id
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Response().GetResourceName(), res.Response().GetNames()[0].GetDisplayName())
	fmt.Println(res.Response().GetMemberships()[0].GetContactGroupMembership().GetContactGroupResourceName())
	fmt.Println(res.Stored.ContactSource().GetUpdateTime().AsTime())
	// Output:
	// people/c1 Ada Lovelace
	// contactGroups/myContacts
	// 2026-03-01 12:00:00 +0000 UTC
}

// Check a delete before the store removes the contact.
func ExampleDeleteContact() {
	fmt.Println(peopleupdate.DeleteContact(storedContact(), "people/c4084048990019506721"))
	err := peopleupdate.DeleteContact(nil, "people/c4084048990019506721 ")
	fmt.Println(errors.Is(err, apierror.NotFound))
	// Output:
	// <nil>
	// true
}
