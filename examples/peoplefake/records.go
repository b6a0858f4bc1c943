// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/peopleupdate/peopleupdate/person"
)

// The record kinds of the store's own state (persist.go): a user's people,
// contact groups and uploaded photos. A group's members are not records: the
// people's memberships are, and loading the people rebuilds the index. (They
// are set in init: their load functions store through put, which touches
// them.)
var kindPeople, kindGroups, kindPhotos *recordKind

func init() {
	kindPeople = registerRecordKind(&recordKind{name: "people", encode: encodePerson, load: loadPerson})
	kindGroups = registerRecordKind(&recordKind{name: "groups", encode: encodeGroup, load: loadGroup})
	kindPhotos = registerRecordKind(&recordKind{name: "photos", encode: encodePhoto, load: loadPhoto})
}

// encodePerson writes a stored person as protobuf binary: the whole record,
// sources' etags and updateTimes included, so that etags resume exactly.
func encodePerson(u *userStore, name string) ([]byte, bool, error) {
	p := u.people[name]
	if p == nil {
		return nil, false, nil
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(p)
	return b, true, err
}

func loadPerson(u *userStore, name string, v []byte) error {
	p := new(person.Person)
	if err := proto.Unmarshal(v, p); err != nil {
		return err
	}
	if p.GetResourceName() != name {
		return errors.New("the record names another person: corrupt")
	}
	u.put(p)
	return nil
}

// groupRecord is a contact group as the data file keeps it.
type groupRecord struct {
	ResourceName string            `json:"resourceName"`
	System       bool              `json:"system,omitempty"`
	Name         string            `json:"name"`
	ClientData   []groupClientData `json:"clientData,omitempty"`
	UpdateTime   time.Time         `json:"updateTime,omitzero"`
}

func encodeGroup(u *userStore, name string) ([]byte, bool, error) {
	cg := u.gs().groups[name]
	if cg == nil {
		return nil, false, nil
	}
	b, err := json.Marshal(groupRecord{cg.resourceName, cg.system, cg.name, cg.clientData, cg.updateTime})
	return b, true, err
}

func loadGroup(u *userStore, name string, v []byte) error {
	var r groupRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return err
	}
	if r.ResourceName != name {
		return errors.New("the record names another group: corrupt")
	}
	u.gs().groups[name] = &contactGroup{resourceName: r.ResourceName, system: r.System, name: r.Name, clientData: r.ClientData, updateTime: r.UpdateTime}
	return nil
}

// encodePhoto writes a photo as its content type, a NUL, and its bytes.
func encodePhoto(u *userStore, key string) ([]byte, bool, error) {
	b, ok := u.photos[key]
	if !ok {
		return nil, false, nil
	}
	out := make([]byte, 0, len(b.contentType)+1+len(b.data))
	out = append(append(append(out, b.contentType...), 0), b.data...)
	return out, true, nil
}

func loadPhoto(u *userStore, key string, v []byte) error {
	ctype, data, ok := bytes.Cut(v, []byte{0})
	if !ok {
		return errors.New("no content type: corrupt")
	}
	if u.photos == nil {
		u.photos = make(map[string]photoBlob)
	}
	u.photos[key] = photoBlob{string(ctype), bytes.Clone(data)}
	return nil
}
