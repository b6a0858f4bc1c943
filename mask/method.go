// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask

import (
	"fmt"

	"github.com/peopleupdate/peopleupdate/person"
)

// A Method is a People API method that takes a person mask. It says how the
// method's masks are named and parsed, so that each method's errors carry its
// own texts: the parameter (updatePersonFields, updateMask, copyMask,
// personFields, readMask), the request field at fault (update_person_fields,
// read_mask, ...) and the reference page the message points at.
//
// The constants are the only Methods; the zero Method is none of them, and
// parsing with it panics. The texts of updateContact and get are the ones
// observed from the real server; the others follow them by analogy, with the
// method's own parameter names (from the discovery document) and page.
type Method uint8

// The People API methods that take a person mask.
const (
	_ Method = iota

	// UpdateContact is people.updateContact: updatePersonFields (required),
	// personFields (optional: all 29 fields).
	UpdateContact
	// CreateContact is people.createContact: personFields (optional: all 29
	// fields).
	CreateContact
	// Get is people.get: personFields (required).
	Get
	// GetBatchGet is people.getBatchGet: personFields (required).
	GetBatchGet
	// ListConnections is people.connections.list: personFields (required).
	ListConnections
	// BatchCreateContacts is people.batchCreateContacts: readMask (empty:
	// the post-mutate read is skipped, the zero Read).
	BatchCreateContacts
	// BatchUpdateContacts is people.batchUpdateContacts: updateMask
	// (required), readMask (empty: the post-mutate read is skipped, the zero
	// Read).
	BatchUpdateContacts
	// SearchContacts is people.searchContacts: readMask (required).
	SearchContacts
	// ListOtherContacts is people.otherContacts.list: readMask (required). Its
	// valid paths depend on the sources; the parser accepts the union, all 29.
	ListOtherContacts
	// SearchOtherContacts is people.otherContacts.search: readMask
	// (required), of emailAddresses, metadata, names and phoneNumbers only.
	SearchOtherContacts
	// CopyOtherContactToMyContactsGroup is
	// people.otherContacts.copyOtherContactToMyContactsGroup: copyMask
	// (required), of emailAddresses, names and phoneNumbers only; readMask
	// (empty: the zero Read, for the caller to apply the method's default,
	// the copy mask with metadata and memberships).
	CopyOtherContactToMyContactsGroup
	// ListDirectoryPeople is people.listDirectoryPeople: readMask (required).
	ListDirectoryPeople
	// SearchDirectoryPeople is people.searchDirectoryPeople: readMask
	// (required).
	SearchDirectoryPeople
	// UpdateContactPhoto is people.updateContactPhoto: personFields (empty:
	// no person in the answer, the zero Read).
	UpdateContactPhoto
	// DeleteContactPhoto is people.deleteContactPhoto: personFields (empty:
	// no person in the answer, the zero Read).
	DeleteContactPhoto

	numMethods
)

// emptyRead is what an empty read mask means to a method.
type emptyRead uint8

const (
	emptyAll      emptyRead = iota // all 29 fields
	emptyRequired                  // an error: the mask is required
	emptyNone                      // the zero Read
)

// method is one row of the table of methods.
type method struct {
	name   string // the method's id in the discovery document
	update spec   // its update mask; allowed is 0 when it has none
	read   spec   // its read mask
}

// updateMask and readMask return the specs of a method's masks.
func updateMask(param, field, page string, allowed person.FieldSet) spec {
	return spec{allowed, emptyRequired, param, field, page, true}
}

func readMask(param, field, page string, allowed person.FieldSet, empty emptyRead) spec {
	return spec{allowed, empty, param, field, page, false}
}

// copyFields are the paths of copyMask and of otherContacts.search's readMask.
var (
	copyFields   = person.FieldSetOf(person.FieldEmailAddresses, person.FieldNames, person.FieldPhoneNumbers)
	searchFields = copyFields.With(person.FieldPersonMetadata)
)

// methods is the table of methods.
var methods = [numMethods]method{
	UpdateContact: {"people.people.updateContact",
		updateMask("updatePersonFields", "update_person_fields", "people/updateContact", person.UpdatableFields),
		readMask("personFields", "person_fields", "people/updateContact", person.AllFields, emptyAll)},
	CreateContact: {"people.people.createContact", spec{},
		readMask("personFields", "person_fields", "people/createContact", person.AllFields, emptyAll)},
	Get: {"people.people.get", spec{},
		readMask("personFields", "person_fields", "people/get", person.AllFields, emptyRequired)},
	GetBatchGet: {"people.people.getBatchGet", spec{},
		readMask("personFields", "person_fields", "people/getBatchGet", person.AllFields, emptyRequired)},
	ListConnections: {"people.people.connections.list", spec{},
		readMask("personFields", "person_fields", "people.connections/list", person.AllFields, emptyRequired)},
	BatchCreateContacts: {"people.people.batchCreateContacts", spec{},
		readMask("readMask", "read_mask", "people/batchCreateContacts", person.AllFields, emptyNone)},
	BatchUpdateContacts: {"people.people.batchUpdateContacts",
		updateMask("updateMask", "update_mask", "people/batchUpdateContacts", person.UpdatableFields),
		readMask("readMask", "read_mask", "people/batchUpdateContacts", person.AllFields, emptyNone)},
	SearchContacts: {"people.people.searchContacts", spec{},
		readMask("readMask", "read_mask", "people/searchContacts", person.AllFields, emptyRequired)},
	ListOtherContacts: {"people.otherContacts.list", spec{},
		readMask("readMask", "read_mask", "otherContacts/list", person.AllFields, emptyRequired)},
	SearchOtherContacts: {"people.otherContacts.search", spec{},
		readMask("readMask", "read_mask", "otherContacts/search", searchFields, emptyRequired)},
	CopyOtherContactToMyContactsGroup: {"people.otherContacts.copyOtherContactToMyContactsGroup",
		updateMask("copyMask", "copy_mask", "otherContacts/copyOtherContactToMyContactsGroup", copyFields),
		readMask("readMask", "read_mask", "otherContacts/copyOtherContactToMyContactsGroup", person.AllFields, emptyNone)},
	ListDirectoryPeople: {"people.people.listDirectoryPeople", spec{},
		readMask("readMask", "read_mask", "people/listDirectoryPeople", person.AllFields, emptyRequired)},
	SearchDirectoryPeople: {"people.people.searchDirectoryPeople", spec{},
		readMask("readMask", "read_mask", "people/searchDirectoryPeople", person.AllFields, emptyRequired)},
	UpdateContactPhoto: {"people.people.updateContactPhoto", spec{},
		readMask("personFields", "person_fields", "people/updateContactPhoto", person.AllFields, emptyNone)},
	DeleteContactPhoto: {"people.people.deleteContactPhoto", spec{},
		readMask("personFields", "person_fields", "people/deleteContactPhoto", person.AllFields, emptyNone)},
}

// row returns m's row, panicking on a Method that is not one of the constants.
func (m Method) row() *method {
	if m == 0 || m >= numMethods {
		panic(fmt.Sprintf("mask: invalid Method %d", uint8(m)))
	}
	return &methods[m]
}

// String returns the method's id in the discovery document, such as
// people.people.updateContact, or Method(n) for a value that is none.
func (m Method) String() string {
	if m == 0 || m >= numMethods {
		return fmt.Sprintf("Method(%d)", uint8(m))
	}
	return methods[m].name
}

// Page returns the method's reference page, relative to
// https://developers.google.com/people/api/rest/v1/: people/updateContact,
// people.connections/list, otherContacts/search, ...
func (m Method) Page() string { return m.row().read.page }

// UpdateParam returns the name of the method's update mask parameter
// (updatePersonFields, updateMask, copyMask), or "" when it has none.
func (m Method) UpdateParam() string { return m.row().update.param }

// ReadParam returns the name of the method's read mask parameter
// (personFields or readMask).
func (m Method) ReadParam() string { return m.row().read.param }

// ParseUpdate parses a value of the method's update mask by the rules of the
// package's [ParseUpdate], over the paths the method accepts (the 24
// updatable fields; copyMask: emailAddresses, names, phoneNumbers), its
// errors naming the method's parameter, field and page. It panics for a
// method without an update mask.
func (m Method) ParseUpdate(raw string) (Update, error) {
	sp := &m.row().update
	if sp.allowed == 0 {
		panic(fmt.Sprintf("mask: %v has no update mask", m))
	}
	fs, err := sp.parse(raw)
	return Update{fs}, err
}

// ParseRead parses a value of the method's read mask by the rules of the
// package's [ParseRead], over the paths the method accepts, its errors naming
// the method's parameter, field and page. A value with no path at all means
// what it means to the method: all 29 fields ([AllRead]), an
// [apierror.MissingReadMask] error, or the zero Read (see the constants).
func (m Method) ParseRead(raw string) (Read, error) {
	fs, err := m.row().read.parse(raw)
	return Read{fs}, err
}
